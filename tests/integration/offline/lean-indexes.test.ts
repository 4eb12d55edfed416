/**
 * The device's stores without the two indexes nothing reads (lib/offline/lean-indexes.ts): a new
 * store lacks them, the storage's cleanup still finds the documents deleted long ago, and a store
 * made by the storage before keeps its indexes and its documents.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RxStorage } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { dexieStorage, openRenrakuDatabase } from '@/lib/offline/database';
import { leanDocsSpec } from '@/lib/offline/lean-indexes';
import { newPost } from './offline-world';

const opened: RenrakuDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});

async function open(
  idb: IDBFactory,
  userId: string,
  storage = dexieStorage(idb as unknown as globalThis.IDBFactory, IDBKeyRange as never),
) {
  const db = await openRenrakuDatabase(userId, storage, { multiInstance: false, only: ['posts', 'members'] });
  opened.push(db);
  return db;
}

/** A raw IndexedDB request's result. */
function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused'));
  });
}

/** The indexes of a collection's `docs` store and the keys it holds, read from IndexedDB itself. */
async function docsStore(idb: IDBFactory, db: RenrakuDatabase, collection: 'posts' | 'members') {
  const request = idb.open(`rxdb-dexie-${db.name}--${db[collection].schema.version}--${collection}`);
  const raw = await done(request as unknown as IDBRequest<IDBDatabase>);
  try {
    const store = raw.transaction('docs', 'readonly').objectStore('docs');
    const keys = (await done(store.getAllKeys())).map(String).sort();
    return { indexes: Array.from(store.indexNames).sort(), keys };
  } finally {
    raw.close();
  }
}

describe('lean stores', () => {
  it('drops [_deleted+id] and _meta.lwt alone, keeps what queries read', () => {
    const rxdbSpec = 'id, [_deleted+id], [_deleted+patientId+clientCreatedAt+id], [_deleted+updatedAt+id], [_meta.lwt+id], _meta.lwt';
    expect(leanDocsSpec(rxdbSpec, false)).toBe('id, [_deleted+patientId+clientCreatedAt+id], [_deleted+updatedAt+id], [_meta.lwt+id]');
    expect(leanDocsSpec('id, [_deleted+id], [_meta.lwt+id], _meta.lwt', true)).toBe('id, [_deleted+id], [_meta.lwt+id]');
  });

  it('creates a new store without the indexes nobody reads, and RxDB still queries it', async () => {
    const idb = new IDBFactory();
    const db = await open(idb, 'lean-new');
    const post = newPost('patient-1', 'nurse-1', '褥瘡の写真を撮りました');
    await db.posts.insert(post);
    await db.members.insert({ id: 'member-1', patientId: 'patient-1', userId: 'nurse-1', role: 'member', updatedAt: 1 } as never);

    const posts = await docsStore(idb, db, 'posts');
    expect(posts.indexes).toEqual(['[_deleted+patientId+clientCreatedAt+id]', '[_deleted+updatedAt+id]', '[_meta.lwt+id]']);
    // Members declare no index: RxDB's queries walk its default index, which stays.
    const members = await docsStore(idb, db, 'members');
    expect(members.indexes).toEqual(['[_deleted+id]', '[_meta.lwt+id]']);

    const found = await db.posts.find({ selector: { patientId: 'patient-1' }, sort: [{ clientCreatedAt: 'desc' }] }).exec();
    expect(found.map((doc) => doc.id)).toEqual([post.id]);
    expect((await db.members.find().exec()).map((doc) => doc.id)).toEqual(['member-1']);
  });

  it('cleans up only documents deleted longer ago than asked, over [_meta.lwt+id]', async () => {
    const idb = new IDBFactory();
    const db = await open(idb, 'lean-cleanup');
    const kept = newPost('patient-1', 'nurse-1', '残す');
    const gone = [newPost('patient-1', 'nurse-1', '消す一'), newPost('patient-1', 'nurse-1', '消す二')];
    await db.posts.bulkInsert([kept, ...gone]);
    for (const post of gone) await (await db.posts.findOne(post.id).exec())!.remove();
    await new Promise((resolve) => setTimeout(resolve, 20));

    // Deleted within the last minute: not old enough.
    await db.posts.storageInstance.cleanup(60_000);
    expect((await docsStore(idb, db, 'posts')).keys).toEqual([kept.id, ...gone.map((post) => post.id)].sort());

    await db.posts.storageInstance.cleanup(0);
    expect((await docsStore(idb, db, 'posts')).keys).toEqual([kept.id]);
    expect((await db.posts.findOne(kept.id).exec())?.body).toBe('残す');
  });

  it('leaves a store made before with all its indexes and documents, and writes on into it', async () => {
    const idb = new IDBFactory();
    const before = await open(idb, 'lean-before', getRxStorageDexie({ indexedDB: idb, IDBKeyRange }) as RxStorage<unknown, unknown>);
    const earlier = newPost('patient-1', 'nurse-1', '以前の投稿');
    await before.posts.insert(earlier);
    const indexesBefore = (await docsStore(idb, before, 'posts')).indexes;
    expect(indexesBefore).toContain('_meta.lwt');
    expect(indexesBefore).toContain('[_deleted+id]');
    await before.close();
    opened.splice(opened.indexOf(before), 1);

    const db = await open(idb, 'lean-before');
    const later = { ...newPost('patient-1', 'nurse-1', '今日の投稿'), clientCreatedAt: earlier.clientCreatedAt + 1 };
    await db.posts.insert(later);
    const found = await db.posts.find({ selector: { patientId: 'patient-1' }, sort: [{ clientCreatedAt: 'desc' }] }).exec();
    expect(found.map((doc) => doc.body)).toEqual(['今日の投稿', '以前の投稿']);
    expect((await docsStore(idb, db, 'posts')).indexes).toEqual(indexesBefore);
  });
});
