'use client';
/** The replication's transport over the app's tRPC client. */
import type { SyncTransport } from '@/lib/offline/transport';
import { syncProtocolVersion } from '@/lib/sync/protocol';
import type { TrpcClient } from '@/app/_lib/trpc';

export function trpcTransport(client: TrpcClient): SyncTransport {
  return {
    pull: (request) => client.sync.pull.query(request) as ReturnType<SyncTransport['pull']>,
    push: (request) => client.sync.push.mutate(request) as ReturnType<SyncTransport['push']>,
    subscribe: (onNotice, onError) => {
      const subscription = client.sync.stream.subscribe({ protocolVersion: syncProtocolVersion }, { onData: () => onNotice(), onError });
      return () => subscription.unsubscribe();
    },
  };
}
