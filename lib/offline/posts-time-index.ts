/**
 * The posts' (patient, time) index read straight from IndexedDB, beside RxDB: keys only (ids and
 * times, readable at rest; nothing to decrypt), walked where RxDB's Dexie storage cannot — backwards,
 * or one key per patient. Used by the timeline's first window (app/(signed-in)/patient/_lib/
 * timeline-window.ts) and the patient list's last activity; the posts' and comments' arrival order
 * the same way by What's new's recent window (app/_lib/unread/recent-window.ts).
 */
import 'client-only';
import type { RenrakuDatabase } from './collections';

export interface PostsTimeIndex {
  connection: IDBDatabase;
  keyRange: typeof IDBKeyRange;
}

/** RxDB's Dexie storage keeps a collection's documents in the `docs` store of its own database. */
export const docsStore = 'docs';
/** RxDB puts `_deleted` (stored as '0'/'1') before every index and the primary key after it. */
export const timeIndex = '[_deleted+patientId+clientCreatedAt+id]';
const connections = new Map<string, Promise<IDBDatabase | null>>();

/** A connection of our own to the posts' IndexedDB database, kept for the page's life; null where there is none. */
export function postsTimeIndex(db: RenrakuDatabase): Promise<PostsTimeIndex | null> {
  return collectionStore(db, 'posts');
}

/**
 * A connection of our own to a collection's IndexedDB database (its documents in `docs`), kept for
 * the page's life; null where there is none (a storage other than IndexedDB's, or not made yet).
 */
export async function collectionStore(db: RenrakuDatabase, collection: 'posts' | 'comments'): Promise<PostsTimeIndex | null> {
  const settings = (db.storage as unknown as { settings?: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } }).settings;
  if (!settings?.indexedDB || !settings.IDBKeyRange) return null;
  const name = `rxdb-dexie-${db.name}--${db[collection].schema.version}--${collection}`;
  let opening = connections.get(name);
  if (!opening) {
    opening = openExisting(settings.indexedDB, name);
    connections.set(name, opening);
  }
  const connection = await opening;
  if (!connection) connections.delete(name);
  else if (!connection.objectStoreNames.contains(docsStore)) return null;
  return connection ? { connection, keyRange: settings.IDBKeyRange } : null;
}

/** Opens a database only if it exists (RxDB creates it); gives way at once to a deletion or an upgrade. */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      return resolve(null);
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const connection = request.result;
      const forget = () => {
        connection.close();
        connections.delete(name);
      };
      connection.onversionchange = forget;
      connection.onclose = () => connections.delete(name);
      resolve(connection);
    };
  });
}

/** The patient's posts' range of the time index, below `below` if given. */
export function patientRange(keyRange: typeof IDBKeyRange, patientId: string, below: number | null): IDBKeyRange {
  return keyRange.bound(['0', patientId], ['0', patientId, below ?? Infinity], false, below !== null);
}

type TimeKey = [string, string, number, string];

/**
 * Each patient's newest post time, for every patient with posts on this device: the index walked
 * from its end, one step per patient (from a patient's newest key to just below all of its keys,
 * which is the newest key of the patient before). Null where the storage is not IndexedDB's.
 */
export async function newestPostTimes(db: RenrakuDatabase): Promise<Map<string, number> | null> {
  const index = await postsTimeIndex(db);
  if (!index) return null;
  const { connection, keyRange } = index;
  return new Promise((resolve, reject) => {
    let request: IDBRequest<IDBCursor | null>;
    try {
      const store = connection.transaction(docsStore, 'readonly').objectStore(docsStore);
      // Every live post: keys ['0', patientId, time, id]; an array sorts above any string.
      request = store.index(timeIndex).openKeyCursor(keyRange.bound(['0'], ['0', []]), 'prev');
    } catch (error) {
      return reject(error as Error);
    }
    const newest = new Map<string, number>();
    request.onerror = () => reject(request.error ?? new Error('posts index read failed'));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(newest);
      const [, patientId, time] = cursor.key as TimeKey;
      newest.set(patientId, time);
      // ['0', patientId] sorts below every key of that patient and above every key of the one before.
      cursor.continue(['0', patientId]);
    };
  });
}
