/** How the replication reaches the server; the app provides it over tRPC. */
import 'client-only';
import type { PullRequest, PullResponse } from '@/lib/sync/pull';
import type { PushRequest, PushResponse } from '@/lib/sync/push';
import type { SyncCollection } from '@/lib/sync/protocol';

export interface SyncTransport {
  pull(request: PullRequest): Promise<PullResponse<Record<string, unknown>>>;
  push(request: PushRequest): Promise<PushResponse<Record<string, unknown>>>;
  /**
   * Calls `onNotice` whenever the server says there is something to pull — in the collections named,
   * or in any (null: at the start, or from a server that does not say); returns a stop function.
   */
  subscribe(onNotice: (collections: readonly SyncCollection[] | null) => void, onError: (error: unknown) => void): () => void;
}
