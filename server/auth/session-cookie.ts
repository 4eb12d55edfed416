/** The session cookie: HttpOnly, SameSite=Lax; on HTTPS also Secure with the `__Host-` prefix. */
import 'server-only';
import type { CookieJar } from '@/server/http/cookie-jar';

export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-renraku_session' : 'renraku_session';
}

export function setSessionTokenCookie(jar: CookieJar, token: string, expiresAt: Date, secure: boolean): void {
  jar.set(sessionCookieName(secure), token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', expires: expiresAt });
}

export function deleteSessionTokenCookie(jar: CookieJar, secure: boolean): void {
  jar.set(sessionCookieName(secure), '', { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge: 0 });
}

export function readSessionToken(jar: CookieJar, secure: boolean): string | null {
  return jar.get(sessionCookieName(secure)) ?? null;
}
