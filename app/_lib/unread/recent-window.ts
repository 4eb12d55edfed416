/**
 * Where the last `size` posts (or comments) to reach this device begin, by `updatedAt` (the
 * server's sequence number, readable and indexed), with nothing decrypted. Those written here and
 * not yet sent (`updatedAt` 0) are my own, never unread, and fall outside.
 *
 * Found by stepping back `size` keys from the end of the `updatedAt` index in IndexedDB itself:
 * one cursor, two steps. Through RxDB the same bound took a bisection of range counts (IndexedDB
 * counts a range by walking it), 1.4–1.6 s of every opening of What's new with 22,000 posts on
 * the device (`BENCH_ON_DISK=1 npm run bench:whats-new`); the counts remain where the storage is
 * not IndexedDB's.
 */
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { collectionStore, docsStore } from '@/lib/offline/posts-time-index';

/** RxDB's Dexie storage keeps the schema's `updatedAt` index as `_deleted` ('0': live), `updatedAt`, the id. */
const arrivalIndex = '[_deleted+updatedAt+id]';

type ArrivalKey = [string, number, string];

/** Where a window of at least `size` posts (and, through the counts, at most twice as many) begins; 1 (everything) when there are no more. */
export async function findRecentWindow(db: RenrakuDatabase, size: number, collection: 'posts' | 'comments' = 'posts'): Promise<number> {
  return (await stepBack(db, size, collection)) ?? bisect(db, size, collection);
}

/** The `updatedAt` of the `size`-th live, sent document from the newest; 1 when there are fewer; null where IndexedDB cannot be read. */
async function stepBack(db: RenrakuDatabase, size: number, collection: 'posts' | 'comments'): Promise<number | null> {
  const store = await collectionStore(db, collection);
  if (!store) return null;
  const { connection, keyRange } = store;
  return new Promise((resolve) => {
    let request: IDBRequest<IDBCursor | null>;
    try {
      const docs = connection.transaction(docsStore, 'readonly').objectStore(docsStore);
      if (!docs.indexNames.contains(arrivalIndex)) return resolve(null);
      // Live and sent: ['0', updatedAt ≥ 1, id]; no sequence number is Infinity.
      request = docs.index(arrivalIndex).openKeyCursor(keyRange.bound(['0', 1], ['0', Infinity]), 'prev');
    } catch {
      return resolve(null);
    }
    let stepped = size <= 1;
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(1);
      if (!stepped) {
        stepped = true;
        return cursor.advance(size - 1);
      }
      resolve((cursor.key as ArrivalKey)[1]);
    };
  });
}

/** The same through RxDB's counts: bisects until the window holds `size`…2×`size` documents. */
async function bisect(db: RenrakuDatabase, size: number, collection: 'posts' | 'comments'): Promise<number> {
  const countFrom = (since: number) =>
    (db[collection] as RenrakuDatabase['posts']).count({ selector: { updatedAt: { $gte: since } } }).exec();
  if ((await countFrom(1)) <= size) return 1;
  // Find a bound above every sequence number, then bisect until the window holds size…2×size posts.
  let high = 1024;
  while ((await countFrom(high)) > 0) high *= 2;
  let low = 1;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const count = await countFrom(middle);
    if (count < size) high = middle;
    else if (count <= 2 * size) return middle;
    else low = middle;
  }
  return low;
}
