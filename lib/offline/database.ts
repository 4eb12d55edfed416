/**
 * One RxDB database per signed-in user, on IndexedDB through Dexie; a wipe removes one user's
 * databases. The app loads this (with RxDB) apart from its first scripts: app/_lib/offline/device-code.ts.
 */
import 'client-only';
import { createRxDatabase, META_INSTANCE_SCHEMA_TITLE, removeRxDatabase, type RxStorage } from 'rxdb';
import { collectionSchemas, type RenrakuCollections, type RenrakuDatabase } from './collections';
import { databaseGeneration, generationSuffix } from './device-generation';
import { databaseNamePrefix, forgetUserDatabases } from './forget-user';
import { holdsIndexedDbNamed } from './browser-storage';
import { trackedIndexedDb } from './idb-connections';
import { freshInsertsStraightIn } from './fresh-inserts';
import { leanDexieStorage } from './lean-indexes';
import { readsInBatches } from './batched-reads';
import { pullMetaFromDocuments } from './pull-meta';

function databaseName(userId: string): string {
  return `${databaseNamePrefix(userId)}${generationSuffix(userId)}`;
}

export function defaultStorage(): RxStorage<unknown, unknown> {
  return dexieStorage(trackedIndexedDb(), IDBKeyRange);
}

/** RxDB's Dexie storage as the app uses it, on the IndexedDB given (the tests give fake-indexeddb). */
export function dexieStorage(indexedDB: IDBFactory, keyRange: typeof IDBKeyRange): RxStorage<unknown, unknown> {
  return metaKeptToEachTab(
    pullMetaFromDocuments(
      writesInSmallTransactions(freshInsertsStraightIn(readsInBatches(leanDexieStorage({ indexedDB, IDBKeyRange: keyRange })))),
    ),
  );
}

/**
 * The most rows one IndexedDB transaction writes. RxDB's replication merges the pulled batches
 * waiting for storage into one write: in a first sync of 20,000 posts, writes of 5,000 and 14,000
 * documents, the larger taking 11 s for its posts and 11 s more for its meta store.
 */
export const rowsPerTransaction = 1000;

/**
 * Writes larger than `rowsPerTransaction` go in consecutive transactions of that size, in order, so
 * that the screen's own reads of the same store are not held behind one long transaction. Only the
 * replication writes that many at once; its checkpoint is stored after the last part, so a crash in
 * between pulls the rest again. (Until stop 36 each part also read its keys first: with ids in
 * insertion order that made Chromium's in-memory IndexedDB three times faster, but with the app's
 * random UUIDs it changes nothing, in memory or on disk — `npm run bench:idb-writes` — and cost a
 * read of every document pulled.)
 */
export function writesInSmallTransactions<Internals, Options>(storage: RxStorage<Internals, Options>): RxStorage<Internals, Options> {
  return {
    ...storage,
    createStorageInstance: async (params) => {
      const instance = await storage.createStorageInstance(params);
      const bulkWrite = instance.bulkWrite.bind(instance);
      instance.bulkWrite = async (rows, context) => {
        if (rows.length <= rowsPerTransaction) return bulkWrite(rows, context);
        const error: Awaited<ReturnType<typeof bulkWrite>>['error'] = [];
        for (let start = 0; start < rows.length; start += rowsPerTransaction) {
          const part = await bulkWrite(rows.slice(start, start + rowsPerTransaction), context);
          error.push(...part.error);
        }
        return { error };
      };
      return instance;
    },
  };
}

/**
 * A replication's meta store (the server's state of each pulled document, and the checkpoints) is
 * read by each tab from IndexedDB and watched by none: telling the other tabs of its every write —
 * a copy of each document pulled — only cost time (about 300 ms of a first sync of 20,000 posts).
 * The collections themselves still tell the other tabs of every change.
 */
export function metaKeptToEachTab<Internals, Options>(storage: RxStorage<Internals, Options>): RxStorage<Internals, Options> {
  return {
    ...storage,
    createStorageInstance: (params) =>
      storage.createStorageInstance(params.schema.title === META_INSTANCE_SCHEMA_TITLE ? { ...params, multiInstance: false } : params),
  };
}

export async function openRenrakuDatabase(
  userId: string,
  storage: RxStorage<unknown, unknown> = defaultStorage(),
  options: { multiInstance?: boolean; only?: Array<keyof typeof collectionSchemas> } = {},
): Promise<RenrakuDatabase> {
  const name = databaseName(userId);
  // Several tabs of the app share one database and elect one to replicate.
  const db = await createRxDatabase<RenrakuCollections>({
    name,
    storage,
    multiInstance: options.multiInstance ?? true,
    eventReduce: true,
    closeDuplicates: true,
  });
  // `only` opens a subset (tests running several devices in one process stay under RxDB's limit).
  const wanted = options.only ? Object.fromEntries(options.only.map((key) => [key, collectionSchemas[key]])) : collectionSchemas;
  await db.addCollections(wanted);
  return db;
}

/**
 * Removes one user's databases on this device, every generation of them (sign-out, a disabled
 * account, a revoked device); other people's work waiting on the same tablet stays.
 */
export async function removeUserDatabases(userId: string, storage?: RxStorage<unknown, unknown>): Promise<void> {
  // On the browser's own IndexedDB, where it lists no database of the user's (their first sign-in
  // on this device), RxDB has nothing to remove: asked, it would make its catalogue's database
  // only to delete it again, while the sign-in waits.
  if (storage || (await holdsIndexedDbNamed(`rxdb-dexie-${databaseNamePrefix(userId)}`))) {
    const generations = databaseGeneration(userId);
    const names = Array.from({ length: generations + 1 }, (_, each) => `${databaseNamePrefix(userId)}${each === 0 ? '' : `-g${each}`}`);
    await Promise.all(names.map((name) => removeRxDatabase(name, storage ?? defaultStorage()).catch(() => undefined)));
  }
  await forgetUserDatabases(userId);
}
