/**
 * The browser's storage as such, without RxDB: deleting and emptying IndexedDB databases by name,
 * and asking for persistent storage. The pages' first scripts use these (the wipe, the install
 * card); RxDB itself loads apart (app/_lib/offline/device-code.ts).
 */
/** The names of this origin's IndexedDB databases; null where the browser cannot list them (before Safari 14) or has no IndexedDB. */
async function databaseNames(): Promise<string[] | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const found = await indexedDB.databases().catch(() => null);
  return found && found.map((info) => info.name ?? '').filter((name) => name !== '');
}

/** Whether the browser holds an IndexedDB database whose name starts with `prefix`; true where it cannot list them (before Safari 14). */
export async function holdsIndexedDbNamed(prefix: string): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  const names = await databaseNames();
  return names === null || names.some((name) => name.startsWith(prefix));
}

/** Deletes every IndexedDB database of this origin whose name starts with one of `prefixes`. */
export async function deleteIndexedDbNamed(prefixes: string[]): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  await Promise.all(
    ((await databaseNames()) ?? [])
      .filter((name) => prefixes.some((prefix) => name.startsWith(prefix)))
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
  const found = new Set((await databaseNames()) ?? []);
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
