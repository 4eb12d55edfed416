/**
 * Push: the device's changed documents, each with the server state it was based on. The answer
 * lists conflicts: the server's current state of each row it did not take as sent.
 */
import { z } from 'zod';
import { syncCollections } from './protocol';

const document = z.record(z.string(), z.unknown());

export const pushRequest = z.object({
  protocolVersion: z.number().int(),
  collection: z.enum(syncCollections),
  rows: z
    .array(z.object({ newDocumentState: document, assumedMasterState: document.nullable().optional() }))
    .max(500),
});
export type PushRequest = z.infer<typeof pushRequest>;

export interface PushResponse<Doc> {
  conflicts: Array<Doc & { _deleted: boolean }>;
}
