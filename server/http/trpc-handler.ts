/**
 * Serves the tRPC API over the fetch adapter; API answers are never cached. A body is read only up
 * to a limit (413 past it, before authentication could even be checked), and a batch holds at most
 * a few calls (400): both are otherwise free for anyone to make as large as they like.
 */
import 'server-only';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getDb } from '@/server/db/client';
import { env } from '@/server/env';
import { appRouter } from '@/server/routers/app-router';
import { resolveSession } from '@/server/services/auth/resolve-session';
import { createTrpcContext } from '@/server/trpc/context';
import { readBoundedBody } from './bounded-body';
import { createCookieJar } from './cookie-jar';
import { clientIpOf, isSameOrigin } from './request-meta';
import { errorResponse } from './signed-in-request';

export const trpcEndpoint = '/api/trpc';

/** Calls one request may batch; the browser's client batches no more (app/_lib/trpc.ts). */
export const maxBatchCalls = 10;
/** What any procedure call may send. */
export const maxProcedureBodyBytes = 2 * 1024 * 1024;
/**
 * What a signed-in device's push may send: up to 500 rows, each a post of up to 10,000 characters
 * (3 bytes each in UTF-8) with the state it was based on, which 2 MB would refuse for good, and a
 * device that cannot push can never hand over what it wrote.
 */
export const maxSyncPushBodyBytes = 32 * 1024 * 1024;

const authConfig = () => ({ session: env.session, loginThrottle: env.loginThrottle, secureCookies: env.secureCookies });

function bodyLimitOf(request: Request): number {
  const path = new URL(request.url).pathname.slice(trpcEndpoint.length + 1);
  if (!path.split(',').includes('sync.push')) return maxProcedureBodyBytes;
  // Only a session that resolves earns the larger limit: nobody else gets a byte past 2 MB read.
  const session = resolveSession({ db: getDb(), config: authConfig(), cookies: createCookieJar(request.headers, new Headers()) });
  return session.signedIn ? maxSyncPushBodyBytes : maxProcedureBodyBytes;
}

export async function handleTrpcRequest(req: Request): Promise<Response> {
  let request = req;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    const body = await readBoundedBody(req, bodyLimitOf(req));
    if (!body.ok) return errorResponse('REQUEST_TOO_LARGE');
    // The body is in hand now: its length is known, however it was framed.
    const headers = new Headers(req.headers);
    headers.delete('content-length');
    headers.delete('transfer-encoding');
    request = new Request(req.url, { method: req.method, headers, body: body.bytes, signal: req.signal });
  }
  return fetchRequestHandler({
    endpoint: trpcEndpoint,
    req: request,
    router: appRouter,
    maxBatchSize: maxBatchCalls,
    createContext: ({ req: incoming, resHeaders }) =>
      createTrpcContext({
        db: getDb(),
        config: authConfig(),
        cookies: createCookieJar(incoming.headers, resHeaders),
        request: {
          ip: clientIpOf(incoming.headers, env.trustProxy),
          userAgent: incoming.headers.get('user-agent'),
          method: incoming.method,
          sameOrigin: isSameOrigin(incoming.headers, env.baseUrl, env.trustProxy),
        },
        responseHeaders: resHeaders,
      }),
    responseMeta: () => ({ headers: new Headers({ 'Cache-Control': 'no-store' }) }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`[trpc] ${path ?? '?'} failed`, error.cause ?? error);
    },
  });
}
