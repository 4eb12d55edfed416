/**
 * Push: the device's changed documents, each with the server state it was based on. The answer
 * lists conflicts: the server's current state of each row it did not take as sent.
 */
import { z } from 'zod';
import { syncCollections } from './protocol';

/** Each collection's pusher parses its own document; the request bounds only its shape (and its body's size). */
const document = z.record(z.string().max(64), z.unknown());

export const pushRequest = z.object({
  protocolVersion: z.number().int(),
  collection: z.enum(syncCollections),
  rows: z.array(z.object({ newDocumentState: document, assumedMasterState: document.nullable().optional() })).max(500),
});
export type PushRequest = z.infer<typeof pushRequest>;

/** Why the server did not take a document (`retracted`: a change to a post retracted meanwhile). */
export const pushRefusalReasons = ['invalid', 'notAuthor', 'noAccess', 'retracted'] as const;
export type PushRefusalReason = (typeof pushRefusalReasons)[number];

export interface PushResponse<Doc> {
  conflicts: Array<Doc & { _deleted: boolean }>;
  /**
   * Documents the server did not take: a new post for a team the user has left, or a change to one
   * the user may no longer make (an archived record, a post retracted meanwhile). The device keeps
   * what the user wrote, with the reason, until the user discards it. Where the server holds a copy
   * (a refused change), that copy is also among `conflicts`, so the timeline shows the truth while
   * the refused text waits beside it. Absent from older servers.
   */
  refused?: Array<{ id: string; reason: PushRefusalReason }>;
}
