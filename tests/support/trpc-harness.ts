/**
 * Drives the real tRPC router the way the fetch handler does: one context per "request", a cookie
 * jar over a request/response `Headers` pair, and helpers to carry the session cookie onwards.
 */
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { AppError, type AppErrorCode } from '@/lib/errors/app-error';
import { deviceCookieName } from '@/server/auth/device-cookie';
import { eq } from 'drizzle-orm';
import { sessionCookieName } from '@/server/auth/session-cookie';
import { sessions } from '@/server/db/schema';
import type { Db } from '@/server/db/client';
import { createCookieJar } from '@/server/http/cookie-jar';
import { createCaller } from '@/server/routers/app-router';
import { createTrpcContext, type TrpcContext } from '@/server/trpc/context';
import { trpcCodeOf } from '@/server/trpc/error-codes';
import type { AuthConfig } from '@/server/services/service-options';

export const testAuthConfig: AuthConfig = {
  session: { idleTimeoutMs: 12 * 3_600_000, maxAgeMs: 30 * 86_400_000 },
  loginThrottle: { windowMs: 15 * 60_000, maxFailuresPerLoginId: 10, maxFailuresPerIp: 100 },
  secureCookies: false,
};

export const testIp = '192.0.2.10';

export interface RequestOptions {
  /** A `name=value` cookie pair to send. */
  cookie?: string | null;
  ip?: string;
  method?: string;
  sameOrigin?: boolean;
  config?: AuthConfig;
}

export interface TestRequest {
  ctx: TrpcContext;
  caller: ReturnType<typeof createCaller>;
  responseHeaders: Headers;
}

export function openRequest(db: Db, options: RequestOptions = {}): TestRequest {
  const requestHeaders = new Headers(options.cookie ? { cookie: options.cookie } : undefined);
  const responseHeaders = new Headers();
  const ctx = createTrpcContext({
    db,
    config: options.config ?? testAuthConfig,
    cookies: createCookieJar(requestHeaders, responseHeaders),
    request: { ip: options.ip ?? testIp, userAgent: 'vitest', method: options.method ?? 'POST', sameOrigin: options.sameOrigin ?? true },
    responseHeaders,
  });
  return { ctx, caller: createCaller(ctx), responseHeaders };
}

export interface SetCookie {
  /** `name=value`, ready to send back. */
  pair: string;
  value: string;
  attributes: string[];
}

/** The last Set-Cookie for the (non-secure) session cookie, or null if none was set. */
export function sessionSetCookie(responseHeaders: Headers): SetCookie | null {
  const name = sessionCookieName(false);
  const raw = responseHeaders
    .getSetCookie()
    .filter((line) => line.startsWith(`${name}=`))
    .at(-1);
  if (raw === undefined) return null;
  const [pair = '', ...attributes] = raw.split(';').map((part) => part.trim());
  return { pair, value: decodeURIComponent(pair.slice(name.length + 1)), attributes };
}

/**
 * Signs in and returns the session cookie pair to send with later requests. A session that owes a
 * second factor (administrators always do) is marked as having passed it, as if the person had
 * entered their code, unless `secondFactor: 'pending'`: tests of other features need a usable
 * session; the second-factor rules have tests of their own (tests/integration/routers/second-factor).
 */
export async function signInCookie(
  db: Db,
  loginId: string,
  password: string,
  options: RequestOptions & { secondFactor?: 'pass' | 'pending' } = {},
): Promise<string> {
  const { caller, responseHeaders } = openRequest(db, options);
  const { secondFactor } = await caller.auth.signIn({ loginId, password });
  const cookie = sessionSetCookie(responseHeaders);
  if (!cookie?.value) throw new Error('sign-in set no session cookie');
  if (secondFactor && options.secondFactor !== 'pending') {
    db.update(sessions)
      .set({ secondFactorAt: new Date() })
      .where(eq(sessions.id, cookie.value.split('.')[0] ?? ''))
      .run();
  }
  return cookie.pair;
}

/**
 * Signs in on a browser install of its own: returns the cookie header for later requests (session
 * and device cookie) and the device cookie alone, to sign in on the same device again.
 */
export async function signInOnDevice(
  db: Db,
  loginId: string,
  password: string,
  options: RequestOptions & { deviceCookie?: string } = {},
): Promise<{ cookie: string; deviceCookie: string }> {
  const { caller, responseHeaders } = openRequest(db, { ...options, cookie: options.deviceCookie ?? options.cookie });
  const { secondFactor } = await caller.auth.signIn({ loginId, password });
  const session = sessionSetCookie(responseHeaders);
  const device = responseHeaders.getSetCookie().find((line) => line.startsWith(`${deviceCookieName(false)}=`));
  if (!session?.value || !device) throw new Error('sign-in set no session or device cookie');
  // As signInCookie: a second factor owed counts as passed.
  if (secondFactor)
    db.update(sessions)
      .set({ secondFactorAt: new Date() })
      .where(eq(sessions.id, session.value.split('.')[0] ?? ''))
      .run();
  const deviceCookie = device.split(';')[0] ?? '';
  return { cookie: `${session.pair}; ${deviceCookie}`, deviceCookie };
}

/** Awaits a call that must fail with the given AppError code (mapped to its tRPC code). */
export async function expectAppError(call: Promise<unknown>, code: AppErrorCode): Promise<AppError> {
  const error: unknown = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}, but the call succeeded`).toBeInstanceOf(TRPCError);
  const trpcError = error as TRPCError;
  expect(trpcError.cause).toBeInstanceOf(AppError);
  const appError = trpcError.cause as AppError;
  expect(appError.code).toBe(code);
  expect(trpcError.code).toBe(trpcCodeOf[code]);
  return appError;
}
