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
