/**
 * Queries answered with batched `getAll` reads (lib/offline/batched-reads.ts) return what RxDB's
 * own cursor-walking query returns, document for document and in order — across batch boundaries
 * (batches of 7 here), with limits, skips, sorts the index does not give, selectors it does not
 * cover, deleted documents and ties — and read the newest window of a timeline in one request.
 */
import { IDBFactory, IDBIndex, IDBKeyRange } from 'fake-indexeddb';
import { normalizeMangoQuery, prepareQuery, type DexieStorageInternals, type MangoQuery, type RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { batchSize, readsInBatches } from '@/lib/offline/batched-reads';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { openRenrakuDatabase } from '@/lib/offline/database';
import type { PostDoc } from '@/lib/schemas/post';
import { newPost } from './offline-world';

const minute = 60_000;
const patients = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
const authorId = crypto.randomUUID();
let batched: RenrakuDatabase;
let cursors: RenrakuDatabase;
let small: RenrakuDatabase;

function open(storage: RxStorage<unknown, unknown>): Promise<RenrakuDatabase> {
  return openRenrakuDatabase(crypto.randomUUID(), storage, { multiInstance: false, only: ['posts'] });
}

beforeAll(async () => {
  const settings = { indexedDB: new IDBFactory(), IDBKeyRange };
  cursors = await open(getRxStorageDexie(settings) as RxStorage<unknown, unknown>);
  batched = await open(readsInBatches(getRxStorageDexie(settings) as RxStorage<unknown, unknown>));
  small = await open(readsInBatches(getRxStorageDexie(settings) as RxStorage<unknown, unknown>, 7));
  const now = Date.now();
  // 1,300 posts over three patients: every 4th a handover, runs of equal times, some edited later.
  const posts: PostDoc[] = Array.from({ length: 1_300 }, (_, index) => ({
    ...newPost(patients[index % 3] ?? '', authorId, `post ${index}`),
    clientCreatedAt: now - Math.floor(index / 5) * minute,
    category: index % 4 === 0 ? 'handover' : 'message',
    updatedAt: index % 9 === 0 ? now + index : index,
  }));
  for (const db of [cursors, batched, small]) {
    await db.posts.bulkInsert(posts);
    // Deleted documents stay in the store ('_deleted' is '1'): no query may return them.
    const gone = await db.posts.findByIds(posts.filter((_, index) => index % 11 === 0).map((post) => post.id)).exec();
    await Promise.all([...gone.values()].map((doc) => doc.remove()));
  }
});

afterAll(async () => {
  await Promise.all([cursors, batched, small].map((db) => db.close()));
});

const [first, second, third] = patients as [string, string, string];
const queries: Array<[string, MangoQuery<PostDoc>]> = [
  ['every post', {}],
  ['a patient, oldest first', { selector: { patientId: first }, sort: [{ clientCreatedAt: 'asc' }] }],
  ['a patient since a time', { selector: { patientId: second, clientCreatedAt: { $gte: Date.now() - 100 * minute } } }],
  [
    'a patient, newest 60 (a sort the index does not give)',
    { selector: { patientId: first }, sort: [{ clientCreatedAt: 'desc' }], limit: 60 },
  ],
  ['a patient, oldest 60', { selector: { patientId: first }, sort: [{ clientCreatedAt: 'asc' }], limit: 60 }],
  ['a patient, 20 after skipping 13', { selector: { patientId: second }, sort: [{ clientCreatedAt: 'asc' }], skip: 13, limit: 20 }],
  ['a category the index does not hold, limited', { selector: { patientId: first, category: 'handover' }, limit: 9 }],
  ['a category across patients', { selector: { category: 'handover' } }],
  ['changed since', { selector: { updatedAt: { $gt: 600 } }, sort: [{ updatedAt: 'asc' }] }],
  ['changed since, limited', { selector: { updatedAt: { $gt: 600 } }, sort: [{ updatedAt: 'asc' }], limit: 25 }],
  ['one exact time', { selector: { patientId: first, clientCreatedAt: Date.now() } }],
  ['nothing', { selector: { patientId: 'nobody' } }],
  ['a limit of 0', { selector: { patientId: first }, limit: 0 }],
];

describe('batched reads', () => {
  it.each(queries)('%s: the same documents in the same order as RxDB’s cursor', async (_, query) => {
    const expected = (await cursors.posts.find(query).exec()).map((doc) => doc.id);
    expect((await batched.posts.find(query).exec()).map((doc) => doc.id)).toEqual(expected);
    expect((await small.posts.find(query).exec()).map((doc) => doc.id)).toEqual(expected);
  });

  it('counts the non-deleted posts like RxDB', async () => {
    const all = await cursors.posts.find().exec();
    expect(all).toHaveLength(1_300 - Math.ceil(1_300 / 11));
    expect((await small.posts.find().exec()).length).toBe(all.length);
  });

  it('keeps a live query right through inserts, edits and removals, as RxDB’s cursor does', async () => {
    const query: MangoQuery<PostDoc> = {
      selector: { patientId: third, category: 'message' },
      sort: [{ clientCreatedAt: 'asc' }],
      limit: 30,
    };
    const seen: string[][] = [];
    const live = small.posts.find(query).$.subscribe((docs) => seen.push(docs.map((doc) => doc.id)));
    const now = Date.now();
    const steps: Array<(db: RenrakuDatabase) => Promise<unknown>> = [
      // An older post enters the window at its start, pushing the last one out.
      (db) => db.posts.insert({ ...newPost(third, authorId, 'early'), id: 'early-post', clientCreatedAt: now - 10_000 * minute }),
      // A post in the window becomes a handover: out of the selector, the next one comes in.
      async (db) => {
        const [firstInWindow] = await db.posts.find(query).exec();
        await firstInWindow?.incrementalPatch({ category: 'handover' });
      },
      // Removed posts leave; the window fills from after it.
      async (db) => {
        const window = await db.posts.find(query).exec();
        await Promise.all(window.slice(0, 5).map((doc) => doc.remove()));
      },
    ];
    for (const step of steps) {
      await step(cursors);
      await step(small);
      const expected = (await cursors.posts.find(query).exec()).map((doc) => doc.id);
      await vi.waitFor(() => expect(seen.at(-1)).toEqual(expected));
    }
    live.unsubscribe();
  });

  it('reads a timeline’s window in one request, and a whole collection in batches, without a cursor', async () => {
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const cursor = vi.spyOn(IDBIndex.prototype, 'openCursor');
    // A query not asked before (RxDB would answer a repeated one from its cache).
    const window = await batched.posts.find({ selector: { patientId: third }, sort: [{ clientCreatedAt: 'asc' }], limit: 60 }).exec();
    expect(window).toHaveLength(60);
    expect(getAll).toHaveBeenCalledTimes(1);
    expect(getAll.mock.calls[0]?.[1]).toBe(60);
    getAll.mockClear();
    await batched.posts.find({ selector: { authorId } }).exec();
    // 1,181 live posts (the deleted are outside the range): batches of 100, the last one short.
    expect(getAll).toHaveBeenCalledTimes(Math.ceil(1_181 / batchSize));
    expect(cursor).not.toHaveBeenCalled();
    getAll.mockRestore();
    cursor.mockRestore();
  });

  describe('a long read lets writes in', () => {
    /** 200 posts, read 7 at a time (29 requests for the whole collection). */
    async function smallBatches(): Promise<RenrakuDatabase> {
      const db = await open(
        readsInBatches(getRxStorageDexie({ indexedDB: new IDBFactory(), IDBKeyRange }) as RxStorage<unknown, unknown>, 7),
      );
      await db.posts.bulkInsert(
        Array.from({ length: 200 }, (_, index) => ({ ...newPost(first, authorId, `post ${index}`), updatedAt: index + 1 })),
      );
      return db;
    }

    it('a post written while the whole collection is read is stored before the read ends', async () => {
      const db = await smallBatches();
      const done: string[] = [];
      const original = IDBIndex.prototype.getAll;
      // The write starts once the read has made its first request (set up here, outside the read's transaction).
      let startWrite: () => void = () => undefined;
      const writing = new Promise<void>((resolve) => (startWrite = resolve))
        .then(() => db.posts.insert(newPost(second, authorId, 'written meanwhile')))
        .then(() => done.push('write'));
      const getAll = vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, ...args) {
        setTimeout(startWrite, 0);
        return original.apply(this, args);
      });
      const read = await db.posts
        .find({ selector: { authorId } })
        .exec()
        .then((docs) => (done.push('read'), docs));
      await writing;
      getAll.mockRestore();
      // One transaction for the whole read held the write until its end.
      expect(done).toEqual(['write', 'read']);
      expect(read.length).toBeGreaterThanOrEqual(200);
      await db.close();
    });

    it('a document changed between two requests, so that it is read twice, is answered once, as it is now', async () => {
      const db = await smallBatches();
      const instance = db.posts.internalStorageInstance as unknown as { internals: Promise<DexieStorageInternals> };
      const { dexieDb, dexieTable } = await instance.internals;
      const [oldest] = await db.posts.find({ selector: { updatedAt: { $gte: 0 } }, sort: [{ updatedAt: 'asc' }], limit: 1 }).exec();
      if (!oldest) throw new Error('no post');
      // Before the second request, the first one read is edited: its index key moves to the end.
      const transaction = dexieDb.transaction.bind(dexieDb) as (...args: unknown[]) => Promise<unknown>;
      let requests = 0;
      vi.spyOn(dexieDb, 'transaction').mockImplementation((async (...args: unknown[]) => {
        requests += 1;
        if (requests === 2) await dexieTable.update(oldest.id, { updatedAt: 1_000_000 });
        return transaction(...args);
      }) as never);
      const schema = db.posts.schema.jsonSchema;
      const query = normalizeMangoQuery(schema, { selector: { updatedAt: { $gte: 0 } }, sort: [{ updatedAt: 'asc' }] });
      const { documents } = await db.posts.internalStorageInstance.query(prepareQuery(schema, query));
      vi.mocked(dexieDb.transaction).mockRestore();
      const ids = documents.map((doc) => doc.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(200);
      expect(documents.at(-1)).toMatchObject({ id: oldest.id, updatedAt: 1_000_000 });
      await db.close();
    });
  });
});
