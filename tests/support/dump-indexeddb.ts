/** Every record of every object store of a (fake) IndexedDB, as JSON: what a copied browser profile would show. */
import type { IDBFactory } from 'fake-indexeddb';

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

export async function dumpIndexedDb(factory: IDBFactory): Promise<string> {
  const dump: Record<string, Record<string, unknown[]>> = {};
  for (const info of await factory.databases()) {
    if (!info.name) continue;
    const db = await request(factory.open(info.name));
    const stores: Record<string, unknown[]> = {};
    for (const store of Array.from(db.objectStoreNames)) stores[store] = await request(db.transaction(store).objectStore(store).getAll());
    db.close();
    dump[info.name] = stores;
  }
  return JSON.stringify(dump, (_key, value: unknown) => (value instanceof ArrayBuffer ? `[${value.byteLength} bytes]` : value));
}
