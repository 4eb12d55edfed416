/**
 * The device's outbox for photos and documents: one IndexedDB database per user (through Dexie),
 * holding each file's bytes as an ArrayBuffer (Safari has long mishandled Blobs in IndexedDB)
 * until the server confirms it, and the composer's draft, so a page the camera app pushed out of
 * memory comes back with its text and photos; and synced photos' thumbnails, for viewing offline.
 * What it holds, and the screens' reads of it, are in outbox-records.ts.
 */
import 'client-only';
import { Dexie, type Table } from 'dexie';
import { generationSuffix, nameSafe } from './device-generation';
import { sealDexie } from './encryption/sealed-dexie';
import { trackedIndexedDb } from './idb-connections';
import { outboxNamePrefix, type ComposerDraft, type KeptThumbnail, type OutboxFile, type PushRefusal } from './outbox-records';

export class OutboxDatabase extends Dexie {
  files!: Table<OutboxFile, string>;
  drafts!: Table<ComposerDraft, string>;
  refusals!: Table<PushRefusal, string>;
  thumbs!: Table<KeptThumbnail, string>;

  constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ files: 'id, postId, patientId, state, createdAt', drafts: 'patientId' });
    this.version(2).stores({ refusals: 'key, collection' });
    this.version(3).stores({ thumbs: 'id, storedAt' });
  }
}

export function outboxName(userId: string): string {
  return `${outboxNamePrefix}${nameSafe(userId)}${generationSuffix(userId)}`;
}

/** The user's outbox, every value sealed with their data key (./encryption/sealed-dexie.ts). */
export function openOutbox(userId: string, key: CryptoKey): OutboxDatabase {
  const outbox = new OutboxDatabase(outboxName(userId), { indexedDB: trackedIndexedDb(), IDBKeyRange });
  sealDexie(outbox, key);
  return outbox;
}
