/**
 * The sync protocol's version. A client older than `minSupportedProtocolVersion` is told to
 * update (CLIENT_OUTDATED) rather than allowed to write data it may misunderstand.
 *
 * History. Bump the version for a change an older client would misread, raise the minimum when
 * the server stops answering a version, and say here what changed:
 * - 1 (2026-11): pull by checkpoint `(seq, id)` with leaving a team sent as deletions, push with
 *   the assumed master state answered by conflicts, and the live stream of pull notices; the
 *   collections patients, members, posts, comments and receipts. Added within version 1, as older
 *   clients neither ask for nor read them: the attachments collection, and `refused` in a push's
 *   answer (documents the server will not take and has no copy of to offer); the forms collection
 *   (様式, one document per version; drafts reach only their author) and the observations
 *   collection (vital signs and wound scores), both pushed by devices; the stream's notices name
 *   the collections that changed (`collections`, null for any: a client that does not read it pulls
 *   all, as before).
 */
export const syncProtocolVersion = 1;
export const minSupportedProtocolVersion = 1;

/**
 * The devices' replication checkpoints are kept under this number, not the protocol version: a
 * protocol change that keeps the documents' meaning (most of them) must not make every device pull
 * everything again. Bump it only when what devices already hold must be fetched afresh.
 */
export const replicationEpoch = 1;

/** The replicated collections: what a device holds of the patients whose teams its user is on. */
export const syncCollections = ['patients', 'members', 'posts', 'comments', 'receipts', 'attachments', 'forms', 'observations'] as const;
export type SyncCollection = (typeof syncCollections)[number];

/** What devices write and push; patients, memberships and the directory change through their own procedures. */
export const pushCollections = ['posts', 'comments', 'receipts', 'forms', 'observations'] as const satisfies readonly SyncCollection[];
export type PushCollection = (typeof pushCollections)[number];

export function isPushCollection(collection: SyncCollection): collection is PushCollection {
  return (pushCollections as readonly SyncCollection[]).includes(collection);
}
