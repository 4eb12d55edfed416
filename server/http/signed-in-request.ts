/**
 * For route handlers outside tRPC (file uploads and downloads): the same session, Origin and
 * request facts a procedure gets, or the answer to send instead.
 */
import 'server-only';
import { AppError, type AppErrorCode, type AppErrorDetails } from '@/lib/errors/app-error';
import { getDb, type Db } from '@/server/db/client';
import { env } from '@/server/env';
import { actorOf } from '@/server/policy/actor';
import { resolveSession } from '@/server/services/auth/resolve-session';
import { secondFactorDueFor } from '@/server/services/second-factors/second-factor-due';
import { mayReceivePatientData } from '@/server/policy/device-access';
import { httpStatusOf } from '@/server/trpc/error-codes';
import { auditContextOf } from '@/server/audit/audit-context';
import type { PatientServiceOptions } from '@/server/services/service-options';
import type { UserRecord } from '@/server/db/user-record';
import { createCookieJar } from './cookie-jar';
import { clientIpOf, isSameOrigin } from './request-meta';

/** A JSON error body in the API's shape: the code, which the client translates, and any details it may show. */
export function errorResponse(code: AppErrorCode, headers: HeadersInit = {}, details?: AppErrorDetails): Response {
  return Response.json(details ? { error: { code, details } } : { error: { code } }, {
    status: httpStatusOf(code),
    headers: { 'Cache-Control': 'no-store', ...headers },
  });
}

export function responseOfError(error: unknown, where: string): Response {
  if (error instanceof AppError) return errorResponse(error.code);
  console.error(`[http] ${where} failed`, error);
  return errorResponse('INTERNAL');
}

/** `stateChanging`: the request must come from the app's own pages (its Origin). `db`: the process's handle unless a test gives its own. */
export function signedInRequest(
  request: Request,
  { stateChanging, db = getDb() }: { stateChanging: boolean; db?: Db },
): (PatientServiceOptions & { user: UserRecord }) | Response {
  if (stateChanging && !isSameOrigin(request.headers, env.baseUrl, env.trustProxy)) return errorResponse('ORIGIN_MISMATCH');
  const resolution = resolveSession({
    db,
    config: { session: env.session, loginThrottle: env.loginThrottle, secureCookies: env.secureCookies },
    cookies: createCookieJar(request.headers, new Headers()),
  });
  // The reason, as procedures give it: the device tells a revoked or disabled sign-in from an expired one.
  if (!resolution.signedIn) return errorResponse('UNAUTHENTICATED', {}, { reason: resolution.reason });
  // The same gates as procedures (server/trpc/init.ts), in the same order: a second factor the
  // session has is passed first, an administrator-set password is replaced, then one is enrolled.
  const secondFactor = secondFactorDueFor(db, resolution.signedIn);
  if (secondFactor === 'required') return errorResponse('SECOND_FACTOR_REQUIRED');
  if (resolution.signedIn.user.mustChangePassword) return errorResponse('PASSWORD_CHANGE_REQUIRED');
  if (secondFactor === 'setupRequired') return errorResponse('SECOND_FACTOR_SETUP_REQUIRED');
  // Files and the audit log's CSV carry patient data: only for a device that may receive it.
  if (!mayReceivePatientData(resolution.signedIn)) return errorResponse('DEVICE_NOT_APPROVED');
  const { user } = resolution.signedIn;
  const meta = { ip: clientIpOf(request.headers, env.trustProxy), userAgent: request.headers.get('user-agent') };
  return { db, user, actor: actorOf(user), audit: auditContextOf(meta, resolution.signedIn) };
}
