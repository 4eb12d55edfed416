'use client';
/** The replication's transport: pulls over their own route (app/_lib/offline/http-pull.ts), pushes and the live stream over tRPC. */
import type { SyncTransport } from '@/lib/offline/transport';
import { syncProtocolVersion, type SyncCollection } from '@/lib/sync/protocol';
import type { TrpcClient } from '@/app/_lib/trpc';
import { httpPull } from './http-pull';

export function trpcTransport(client: TrpcClient): SyncTransport {
  return {
    pull: httpPull,
    push: (request) => client.sync.push.mutate(request) as ReturnType<SyncTransport['push']>,
    subscribe: (onNotice, onError) => {
      const subscription = client.sync.stream.subscribe(
        { protocolVersion: syncProtocolVersion },
        // A server from before notices named their collections sends none: everything is pulled.
        { onData: (notice: { collections?: readonly SyncCollection[] | null }) => onNotice(notice.collections ?? null), onError },
      );
      return () => subscription.unsubscribe();
    },
  };
}
