/** What every procedure sees: the database, the request's facts, its cookies and who is signed in. */
import 'server-only';
import type { Db } from '@/server/db/client';
import type { CookieJar } from '@/server/http/cookie-jar';
import { resolveSession, type SessionResolution } from '@/server/services/auth/resolve-session';
import type { AuthConfig, RequestMeta, SignedIn } from '@/server/services/service-options';

export interface TrpcContext {
  db: Db;
  config: AuthConfig;
  cookies: CookieJar;
  request: RequestMeta & { method: string; sameOrigin: boolean };
  responseHeaders: Headers;
  auth: SignedIn | null;
  /** Why there is no signed-in user, when there is none (e.g. the session went idle). */
  authProblem: Exclude<SessionResolution, { signedIn: SignedIn }>['reason'] | null;
}

export function createTrpcContext(input: Omit<TrpcContext, 'auth' | 'authProblem'>): TrpcContext {
  const resolution = resolveSession({ db: input.db, config: input.config, cookies: input.cookies });
  return resolution.signedIn
    ? { ...input, auth: resolution.signedIn, authProblem: null }
    : { ...input, auth: null, authProblem: resolution.reason };
}
