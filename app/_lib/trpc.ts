'use client';
/** The browser's tRPC client, used through TanStack Query; subscriptions travel over SSE. */
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import type { AppRouter } from '@/server/routers/app-router';
import { fetchNotingReach } from './server-reach';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function makeTrpcClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: '/api/trpc', transformer: superjson }),
        false: httpBatchLink({
          url: '/api/trpc',
          // The server refuses larger batches (server/http/trpc-handler.ts).
          maxItems: 10,
          transformer: superjson,
          fetch: (url, init) => fetchNotingReach(url, { ...init, credentials: 'same-origin' }),
        }),
      }),
    ],
  });
}

export type TrpcClient = ReturnType<typeof makeTrpcClient>;
