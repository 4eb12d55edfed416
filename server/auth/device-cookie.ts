/**
 * The device cookie: a random key naming this browser install, kept across sign-outs (sign-out
 * clears the session cookie, not this one) so an approved tablet stays approved. Only its SHA-256
 * is stored. HttpOnly, SameSite=Lax; on HTTPS also Secure with the `__Host-` prefix.
 */
import 'server-only';
import type { CookieJar } from '@/server/http/cookie-jar';
import { generateSecureRandomString, hashSecret } from './session';

/** Browsers cap cookie lifetimes at 400 days; each sign-in renews it. */
const deviceCookieLifetimeMs = 400 * 24 * 60 * 60 * 1000;

export function deviceCookieName(secure: boolean): string {
  return secure ? '__Host-renraku_device' : 'renraku_device';
}

export function readDeviceKey(jar: CookieJar, secure: boolean): string | null {
  const key = jar.get(deviceCookieName(secure));
  return key && /^[a-z2-7]{24}$/.test(key) ? key : null;
}

/** This browser's device key: the one it has, or a new one; the cookie is (re)set either way. */
export function ensureDeviceKey(jar: CookieJar, secure: boolean, now: Date): string {
  const key = readDeviceKey(jar, secure) ?? generateSecureRandomString();
  jar.set(deviceCookieName(secure), key, {
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    path: '/',
    expires: new Date(now.getTime() + deviceCookieLifetimeMs),
  });
  return key;
}

export function deviceKeyHash(key: string): Buffer {
  return Buffer.from(hashSecret(key));
}
