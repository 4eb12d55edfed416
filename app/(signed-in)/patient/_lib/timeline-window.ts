/**
 * Where the newest `size` posts of a patient begin. The window then stays put while new posts
 * arrive (they are added at the bottom, none drop off the top under the reader's eyes).
 *
 * Found by walking the posts' (patient, time) index backwards in IndexedDB itself, keys only:
 * `size + 1` steps, however long the timeline. RxDB's Dexie storage cannot walk an index
 * backwards — "the newest 60, sorted descending" reads every post of the patient — and counting
 * ranges costs in proportion to the posts counted. The index holds no patient data (ids and
 * times); a filtered view reads the stored records too, for their category, which is kept
 * readable at rest (lib/offline/encryption), so nothing is decrypted here.
 */
import type { PostCategory } from '@/lib/domain/categories';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { docsStore, patientRange, postsTimeIndex, timeIndex, type PostsTimeIndex } from '@/lib/offline/posts-time-index';

export interface TimelineWindow {
  /** The earliest `clientCreatedAt` in the window (0: the whole timeline). */
  since: number;
  /** Whether any post lies before the window. */
  hasEarlier: boolean;
}

export async function findTimelineWindow(
  db: RenrakuDatabase,
  patientId: string,
  size: number,
  category: PostCategory | null,
  reaching: number | null = null,
): Promise<TimelineWindow> {
  const index = await postsTimeIndex(db);
  const walk = async (below: number | null, wanted: number) =>
    index
      ? ((category ? null : await readBack(index, patientId, below, wanted)) ?? walkBack(index, patientId, below, wanted, category))
      : queryBack(db, patientId, below, wanted, category);
  const window = toWindow(await walk(null, size), size);
  if (reaching === null || reaching >= window.since) return window;
  return { since: reaching, hasEarlier: (await walk(reaching, 1)).length > 0 };
}

/** The window from the times of the newest `size` posts, any more at the last one's time, and then one earlier post, if any. */
function toWindow(times: number[], size: number): TimelineWindow {
  const since = times[size - 1];
  // Nothing before the window: it is the whole timeline (a post arriving later from the past shows too).
  if (since === undefined || !times.some((time) => time < since)) return { since: 0, hasEarlier: false };
  return { since, hasEarlier: true };
}

/** The times of `keys`, newest first, as the walk takes them; null when it needs more than these. */
function timesOf(keys: Array<[string, string, number, string]>, wanted: number, complete: boolean): number[] | null {
  const times: number[] = [];
  for (const key of keys) {
    const last = times[wanted - 1];
    times.push(key[2]);
    if (last !== undefined && key[2] < last) return times;
  }
  return complete ? times : null;
}

interface AllRecordsIndex {
  getAllRecords?: (options: {
    query: IDBKeyRange;
    count: number;
    direction: IDBCursorDirection;
  }) => IDBRequest<Array<{ key: IDBValidKey }>>;
}

/**
 * The same in one request where the browser has `getAllRecords` with a direction (Chrome 141):
 * a cursor's every step waits its turn behind the rest of the page's IndexedDB work as the app
 * starts (a 61-step walk took 220–860 ms there, 5 ms alone). Null where the browser has none, or
 * when posts of one time fill the whole read (the walk then takes over).
 */
async function readBack(
  { connection, keyRange }: PostsTimeIndex,
  patientId: string,
  below: number | null,
  wanted: number,
): Promise<number[] | null> {
  let index: IDBIndex;
  try {
    index = connection.transaction(docsStore, 'readonly').objectStore(docsStore).index(timeIndex);
  } catch {
    return null;
  }
  const getAllRecords = (index as unknown as AllRecordsIndex).getAllRecords;
  if (typeof getAllRecords !== 'function') return null;
  // One past the window tells whether any lie before it; a few more keep most ties at its start in this read.
  const count = wanted + 8;
  const records = await new Promise<Array<{ key: IDBValidKey }> | null>((resolve) => {
    try {
      const request = getAllRecords.call(index, { query: patientRange(keyRange, patientId, below), count, direction: 'prev' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  if (!records) return null;
  return timesOf(
    records.map((record) => record.key as [string, string, number, string]),
    wanted,
    records.length < count,
  );
}

/**
 * Walks the patient's posts from the newest (or from just before `below`) back: the times of the
 * first `wanted` (of the category), of any more at the last one's time, and of the next earlier one.
 */
function walkBack(
  { connection, keyRange }: PostsTimeIndex,
  patientId: string,
  below: number | null,
  wanted: number,
  category: PostCategory | null,
): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const range = patientRange(keyRange, patientId, below);
    let transaction: IDBTransaction;
    try {
      transaction = connection.transaction(docsStore, 'readonly');
    } catch (error) {
      return reject(error as Error);
    }
    const index = transaction.objectStore(docsStore).index(timeIndex);
    // Keys alone unless the category is asked: then the stored record, for its readable category.
    const request = category ? index.openCursor(range, 'prev') : index.openKeyCursor(range, 'prev');
    const times: number[] = [];
    request.onerror = () => reject(request.error ?? new Error('timeline index read failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(times);
      const matches = !category || (cursor as IDBCursorWithValue).value?.category === category;
      if (matches) {
        const time = (cursor.key as [string, string, number, string])[2];
        const last = times[wanted - 1];
        times.push(time);
        // One post past the window's first time is enough to know there are earlier ones.
        if (last !== undefined && time < last) return resolve(times);
      }
      cursor.continue();
    };
  });
}

/** The same through RxDB's queries, where the storage is not IndexedDB's (slower: it reads the patient's posts). */
async function queryBack(
  db: RenrakuDatabase,
  patientId: string,
  below: number | null,
  wanted: number,
  category: PostCategory | null,
): Promise<number[]> {
  const ofPatient = { patientId, ...(category ? { category } : {}) };
  const before = (time: number | null) => ({ ...ofPatient, ...(time === null ? {} : { clientCreatedAt: { $lt: time } }) });
  const newest = await db.posts.find({ selector: before(below), sort: [{ clientCreatedAt: 'desc' }], limit: wanted }).exec();
  const times = newest.map((post) => post.clientCreatedAt);
  const last = times[wanted - 1];
  if (last === undefined) return times;
  const earlier = await db.posts.findOne({ selector: before(last), sort: [{ clientCreatedAt: 'asc' }] }).exec();
  return earlier ? [...times, earlier.clientCreatedAt] : times;
}
