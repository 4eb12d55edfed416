/** Pull: "give me up to `batchSize` changes after this checkpoint". */
import { z } from 'zod';
import { syncCheckpoint, type SyncCheckpoint } from './checkpoint';
import { syncCollections } from './protocol';

export const pullRequest = z.object({
  protocolVersion: z.number().int(),
  collection: z.enum(syncCollections),
  checkpoint: syncCheckpoint.nullable(),
  batchSize: z.number().int().min(1).max(1000),
});
export type PullRequest = z.infer<typeof pullRequest>;

export interface PullResponse<Doc> {
  documents: Array<Doc & { _deleted: boolean }>;
  checkpoint: SyncCheckpoint | null;
}

/**
 * Devices pull over this route rather than the tRPC procedure: the server writes the documents
 * into the answer as it reads them, plain JSON (a pull carries only JSON's types), without
 * superjson's copy of the batch. The answer is a `PullResponse`; a refusal is `{ error: { code, details } }`
 * with the HTTP status of its AppError code.
 */
export const pullEndpoint = '/api/sync/pull';

/** A pull request as the route's query string; `checkpoint` null leaves out `seq` and `id`. */
export function pullSearchParams(request: PullRequest): URLSearchParams {
  const params = new URLSearchParams({
    protocolVersion: String(request.protocolVersion),
    collection: request.collection,
    batchSize: String(request.batchSize),
  });
  if (request.checkpoint) {
    params.set('seq', String(request.checkpoint.seq));
    params.set('id', request.checkpoint.id);
  }
  return params;
}

/** The query string back into the request's shape, for `pullRequest` to judge (a missing number stays missing). */
export function pullRequestFromSearch(params: URLSearchParams): unknown {
  const number = (name: string) => (params.has(name) ? Number(params.get(name)) : undefined);
  return {
    protocolVersion: number('protocolVersion'),
    collection: params.get('collection') ?? undefined,
    batchSize: number('batchSize'),
    checkpoint: params.has('seq') || params.has('id') ? { seq: number('seq'), id: params.get('id') ?? undefined } : null,
  };
}
