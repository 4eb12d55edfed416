/**
 * One RxDB database per signed-in user, on IndexedDB through Dexie. Opening it asks the browser
 * to keep the data (persistent storage); a wipe removes one user's databases.
 */
import 'client-only';
import { createRxDatabase, removeRxDatabase, type RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { collectionSchemas, type RenrakuCollections, type RenrakuDatabase } from './collections';
import { databaseGeneration, forgetGenerations, generationSuffix, nameSafe } from './device-generation';
import { trackedIndexedDb } from './idb-connections';
import { outboxNamePrefix } from './outbox';
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

/** Asks the browser not to evict our data under storage pressure; returns whether it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
