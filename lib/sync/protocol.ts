/**
 * The sync protocol's version. A client older than `minSupportedProtocolVersion` is told to
 * update (CLIENT_OUTDATED) rather than allowed to write data it may misunderstand.
 */
export const syncProtocolVersion = 1;
export const minSupportedProtocolVersion = 1;

/** The replicated collections: what a device holds of the patients whose teams its user is on. */
export const syncCollections = ['patients', 'members', 'posts', 'comments', 'receipts', 'attachments'] as const;
export type SyncCollection = (typeof syncCollections)[number];

/** What devices write and push; patients, memberships and the directory change through their own procedures. */
export const pushCollections = ['posts', 'comments', 'receipts'] as const satisfies readonly SyncCollection[];
export type PushCollection = (typeof pushCollections)[number];

export function isPushCollection(collection: SyncCollection): collection is PushCollection {
  return (pushCollections as readonly SyncCollection[]).includes(collection);
}
