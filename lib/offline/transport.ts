/** How the replication reaches the server; the app provides it over tRPC. */
import 'client-only';
import type { PullRequest, PullResponse } from '@/lib/sync/pull';
import type { PushRequest, PushResponse } from '@/lib/sync/push';

export interface SyncTransport {
  pull(request: PullRequest): Promise<PullResponse<Record<string, unknown>>>;
  push(request: PushRequest): Promise<PushResponse<Record<string, unknown>>>;
  /** Calls `onNotice` whenever the server says there is something to pull; returns a stop function. */
  subscribe(onNotice: () => void, onError: (error: unknown) => void): () => void;
}
