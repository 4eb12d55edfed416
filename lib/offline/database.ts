/**
 * One RxDB database per signed-in user, on IndexedDB through Dexie. Opening it asks the browser
 * to keep the data (persistent storage); a wipe removes one user's databases.
 */
import 'client-only';
import { createRxDatabase, removeRxDatabase, type RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { collectionSchemas, type RenrakuCollections, type RenrakuDatabase } from './collections';
import { databaseGeneration, forgetGenerations, generationSuffix, nameSafe } from './device-generation';
import { forgetKeyRing } from './encryption/key-store';
import { trackedIndexedDb } from './idb-connections';
import { outboxNamePrefix } from './outbox';
import { forgetScreenCopies } from './screen-copies';
import { forgetWaitingWork } from './waiting-work';

const namePrefix = 'renraku-';

function databaseName(userId: string): string {
  return `${namePrefix}${nameSafe(userId)}${generationSuffix(userId)}`;
}

export function defaultStorage(): RxStorage<unknown, unknown> {
  return getRxStorageDexie({ indexedDB: trackedIndexedDb(), IDBKeyRange }) as RxStorage<unknown, unknown>;
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
export async function removeUserDatabases(userId: string, storage: RxStorage<unknown, unknown> = defaultStorage()): Promise<void> {
  const generations = databaseGeneration(userId);
  const names = Array.from({ length: generations + 1 }, (_, each) => `${namePrefix}${nameSafe(userId)}${each === 0 ? '' : `-g${each}`}`);
  await Promise.all(names.map((name) => removeRxDatabase(name, storage).catch(() => undefined)));
  // RxDB empties Dexie's per-collection databases; the empty shells and the outbox go too.
  await deleteIndexedDbNamed([`rxdb-dexie-${namePrefix}${nameSafe(userId)}`, `${outboxNamePrefix}${nameSafe(userId)}`]);
  forgetGenerations(userId);
  forgetWaitingWork(userId);
  forgetKeyRing(userId);
  forgetScreenCopies(userId);
}

/** Deletes every IndexedDB database of this origin whose name starts with one of `prefixes`. */
export async function deleteIndexedDbNamed(prefixes: string[]): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const found = (await indexedDB.databases?.().catch(() => [])) ?? [];
  await Promise.all(
    found
      .map((info) => info.name)
      .filter((name): name is string => Boolean(name && prefixes.some((prefix) => name.startsWith(prefix))))
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}

/**
 * Empties every store of the IndexedDB databases named `names` without deleting them: a database
 * the service worker keeps open (workbox-expiration's) would block its deletion for as long as the
 * worker runs, and every later open of it would wait behind that deletion.
 */
export async function clearIndexedDbNamed(names: string[]): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const found = new Set(((await indexedDB.databases?.().catch(() => [])) ?? []).map((info) => info.name));
  for (const name of names.filter((each) => found.has(each))) {
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = request.onblocked = () => resolve(null);
    });
    if (!db) continue;
    const stores = Array.from(db.objectStoreNames);
    if (stores.length > 0) {
      await new Promise<void>((resolve) => {
        const transaction = db.transaction(stores, 'readwrite');
        for (const store of stores) transaction.objectStore(store).clear();
        transaction.oncomplete = transaction.onerror = transaction.onabort = () => resolve();
      });
    }
    db.close();
  }
}

/** Asks the browser not to evict our data under storage pressure; returns whether it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
