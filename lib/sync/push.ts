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
  rows: z.array(z.object({ newDocumentState: document, assumedMasterState: document.nullable().optional() })).max(500),
});
export type PushRequest = z.infer<typeof pushRequest>;

/** Why the server did not take a document it has no copy of to offer instead. */
export const pushRefusalReasons = ['invalid', 'notAuthor', 'noAccess'] as const;
export type PushRefusalReason = (typeof pushRefusalReasons)[number];

export interface PushResponse<Doc> {
  conflicts: Array<Doc & { _deleted: boolean }>;
  /**
   * Documents the server did not take and cannot replace with its own (a post for a team the user
   * has left, say): the device keeps them and shows the user why. Absent from older servers.
   */
  refused?: Array<{ id: string; reason: PushRefusalReason }>;
}
