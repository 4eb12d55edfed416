/** Serves the tRPC API over the fetch adapter; API answers are never cached. */
import 'server-only';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { getDb } from '@/server/db/client';
import { env } from '@/server/env';
import { appRouter } from '@/server/routers/app-router';
import { createTrpcContext } from '@/server/trpc/context';
import { createCookieJar } from './cookie-jar';
import { clientIpOf, isSameOrigin } from './request-meta';

export const trpcEndpoint = '/api/trpc';

export function handleTrpcRequest(req: Request): Promise<Response> {
  return fetchRequestHandler({
    endpoint: trpcEndpoint,
    req,
    router: appRouter,
    createContext: ({ req: request, resHeaders }) =>
      createTrpcContext({
        db: getDb(),
        config: { session: env.session, loginThrottle: env.loginThrottle, secureCookies: env.secureCookies },
        cookies: createCookieJar(request.headers, resHeaders),
        request: {
          ip: clientIpOf(request.headers, env.trustProxy),
          userAgent: request.headers.get('user-agent'),
          method: request.method,
          sameOrigin: isSameOrigin(request.headers, env.baseUrl, env.trustProxy),
        },
        responseHeaders: resHeaders,
      }),
    responseMeta: () => ({ headers: new Headers({ 'Cache-Control': 'no-store' }) }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') console.error(`[trpc] ${path ?? '?'} failed`, error.cause ?? error);
    },
  });
}
