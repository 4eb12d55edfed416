/**
 * One RxDB database per signed-in user, on IndexedDB through Dexie. Opening it asks the browser
 * to keep the data (persistent storage); wiping removes every Renraku database on the device.
 */
import 'client-only';
import { createRxDatabase, removeRxDatabase, type RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { collectionSchemas, type RenrakuCollections, type RenrakuDatabase } from './collections';
import { forgetGenerations, generationSuffix, nameSafe } from './device-generation';
import { trackedIndexedDb } from './idb-connections';
import { outboxNamePrefix } from './outbox';

const namePrefix = 'renraku-';
const knownNamesKey = 'renraku.databases';

function databaseName(userId: string): string {
  return `${namePrefix}${nameSafe(userId)}${generationSuffix(userId)}`;
}

function rememberName(name: string): void {
  try {
    const names = new Set<string>(JSON.parse(localStorage.getItem(knownNamesKey) ?? '[]') as string[]);
    names.add(name);
    localStorage.setItem(knownNamesKey, JSON.stringify([...names]));
  } catch {
    // Without localStorage the wipe falls back to the current user's database only.
  }
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
  rememberName(name);
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

/** Removes every Renraku database this device holds (sign-out, revoked session, disabled account). */
export async function wipeRenrakuDatabases(
  storage: RxStorage<unknown, unknown> = defaultStorage(),
  extraUserIds: string[] = [],
): Promise<void> {
  let names: string[] = [];
  try {
    names = JSON.parse(localStorage.getItem(knownNamesKey) ?? '[]') as string[];
  } catch {
    names = [];
  }
  for (const userId of extraUserIds) {
    names.push(databaseName(userId));
    forgetGenerations(userId);
  }
  await Promise.all([...new Set(names)].map((name) => removeRxDatabase(name, storage)));
  // RxDB empties Dexie's per-collection databases; delete the empty shells too.
  const leftovers = typeof indexedDB === 'undefined' ? [] : ((await indexedDB.databases?.().catch(() => [])) ?? []);
  await Promise.all(
    leftovers
      .map((info) => info.name)
      // The service worker's record of which thumbnails it cached (their file ids) goes too.
      .filter((name): name is string =>
        Boolean(
          name?.startsWith(`rxdb-dexie-${namePrefix}`) || name?.startsWith(outboxNamePrefix) || name?.startsWith('workbox-expiration'),
        ),
      )
      .map(
        (name) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
  try {
    localStorage.removeItem(knownNamesKey);
  } catch {
    // Nothing stored.
  }
}

/** Asks the browser not to evict our data under storage pressure; returns whether it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}
