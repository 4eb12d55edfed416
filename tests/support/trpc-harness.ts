/**
 * Drives the real tRPC router the way the fetch handler does: one context per "request", a cookie
 * jar over a request/response `Headers` pair, and helpers to carry the session cookie onwards.
 */
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { AppError, type AppErrorCode } from '@/lib/errors/app-error';
import { sessionCookieName } from '@/server/auth/session-cookie';
import type { Db } from '@/server/db/client';
import { createCookieJar } from '@/server/http/cookie-jar';
import { createCaller } from '@/server/routers/app-router';
import type { AuthConfig } from '@/server/services/auth/auth-context';
import { createTrpcContext, type TrpcContext } from '@/server/trpc/context';
import { trpcCodeOf } from '@/server/trpc/error-codes';

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
  const raw = responseHeaders.getSetCookie().filter((line) => line.startsWith(`${name}=`)).at(-1);
  if (raw === undefined) return null;
  const [pair = '', ...attributes] = raw.split(';').map((part) => part.trim());
  return { pair, value: decodeURIComponent(pair.slice(name.length + 1)), attributes };
}

/** Signs in and returns the session cookie pair to send with later requests. */
export async function signInCookie(db: Db, loginId: string, password: string, options: RequestOptions = {}): Promise<string> {
  const { caller, responseHeaders } = openRequest(db, options);
  await caller.auth.signIn({ loginId, password });
  const cookie = sessionSetCookie(responseHeaders);
  if (!cookie?.value) throw new Error('sign-in set no session cookie');
  return cookie.pair;
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
