/**
 * The storage's one-request reads give exactly what RxDB's cursor gives, for every shape of query
 * the app asks (ranges, limits, skips, orders, filters the index does not answer, deleted posts).
 */
import { IDBFactory, IDBIndex, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MangoQuery, RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { openRenrakuDatabase } from '@/lib/offline/database';
import { indexedDbStorage } from '@/lib/offline/indexeddb-storage';
import type { PostDoc } from '@/lib/schemas/post';
import { newPost } from '@/tests/integration/offline/offline-world';

const patientId = crypto.randomUUID();
const otherPatient = crypto.randomUUID();
const authorId = crypto.randomUUID();
let oneRead: RenrakuDatabase;
let cursor: RenrakuDatabase;

beforeAll(async () => {
  const now = Date.now();
  const posts: PostDoc[] = Array.from({ length: 240 }, (_, index) => ({
    ...newPost(index % 4 === 0 ? otherPatient : patientId, authorId, `post ${index}`),
    // Some share a millisecond, so the id orders them.
    clientCreatedAt: now - Math.floor(index / 3) * 1_000,
    category: index % 5 === 0 ? 'handover' : 'message',
    updatedAt: index,
  }));
  const open = (storage: RxStorage<unknown, unknown>) =>
    openRenrakuDatabase(crypto.randomUUID(), storage, { multiInstance: false, only: ['posts'] });
  oneRead = await open(indexedDbStorage({ indexedDB: new IDBFactory(), IDBKeyRange }));
  cursor = await open(getRxStorageDexie({ indexedDB: new IDBFactory(), IDBKeyRange }) as RxStorage<unknown, unknown>);
  for (const db of [oneRead, cursor]) {
    await db.posts.bulkInsert(posts);
    // Two deleted: neither read gives them.
    for (const post of posts.slice(10, 12)) await (await db.posts.findOne(post.id).exec())?.remove();
  }
});

afterAll(async () => {
  await oneRead.close();
  await cursor.close();
});

const since = () => Date.now() - 30_000;
const queries: Array<[string, () => MangoQuery<PostDoc>]> = [
  ['a timeline window', () => ({ selector: { patientId, clientCreatedAt: { $gte: since() } }, sort: [{ clientCreatedAt: 'asc' }] })],
  ['its first 7', () => ({ selector: { patientId, clientCreatedAt: { $gte: since() } }, sort: [{ clientCreatedAt: 'asc' }], limit: 7 })],
  ['skipped and limited', () => ({ selector: { patientId }, sort: [{ clientCreatedAt: 'asc' }], skip: 5, limit: 9 })],
  ['newest first', () => ({ selector: { patientId }, sort: [{ clientCreatedAt: 'desc' }], limit: 12 })],
  ['a category, not indexed', () => ({ selector: { patientId, category: 'handover' }, sort: [{ clientCreatedAt: 'asc' }], limit: 5 })],
  ['by update', () => ({ selector: { updatedAt: { $gt: 100 } }, sort: [{ updatedAt: 'asc' }] })],
  ['everything', () => ({ selector: {} })],
  ['nothing', () => ({ selector: { patientId: crypto.randomUUID() } })],
  ['limit 0', () => ({ selector: { patientId }, limit: 0 })],
];

describe('the IndexedDB storage', () => {
  it.each(queries)('answers %s as RxDB’s cursor does', async (_, query) => {
    const shape = query();
    const ids = async (db: RenrakuDatabase) => (await db.posts.find(shape).exec()).map((post) => post.id);
    const expected = await ids(cursor);
    expect(await ids(oneRead)).toEqual(expected);
  });

  it('reads an index-answered query in one request, without a cursor', async () => {
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const openCursor = vi.spyOn(IDBIndex.prototype, 'openCursor');
    const posts = await oneRead.posts
      .find({ selector: { patientId, clientCreatedAt: { $gte: since() } }, sort: [{ clientCreatedAt: 'asc' }] })
      .exec();
    expect(posts.length).toBeGreaterThan(10);
    expect(getAll).toHaveBeenCalledTimes(1);
    expect(openCursor).not.toHaveBeenCalled();
    getAll.mockRestore();
    openCursor.mockRestore();
  });

  it('reads a long range 100 rows a request, so other reads come between', async () => {
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const all = await oneRead.posts.find({ selector: { updatedAt: { $gte: 0 } }, sort: [{ updatedAt: 'asc' }] }).exec();
    expect(all).toHaveLength(238);
    expect(getAll).toHaveBeenCalledTimes(3);
    expect(new Set(all.map((post) => post.id)).size).toBe(238);
    getAll.mockRestore();
  });
});
