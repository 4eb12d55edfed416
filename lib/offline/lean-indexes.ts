/**
 * RxDB's Dexie storage with two indexes fewer on each collection's store, where nothing reads them.
 * The storage indexes every store by `[_deleted+<primary key>]` and by `_meta.lwt` alone, on top of
 * the schema's indexes and `[_meta.lwt+<primary key>]`; IndexedDB keeps every index up to date on
 * every write. 20,000 posts written as a first fill writes them (transactions of 1,000) into a
 * store on disk took 1.34× the time of one write into a store indexed as bench:initial-sync's
 * baseline's is, and 1.10× without those two (`BENCH_ON_DISK=1 npm run bench:idb-writes`).
 *  - `[_deleted+<primary key>]` is RxDB's default index: its queries use it only where the schema
 *    declares no index of its own (then it is among the schema's indexes, and is kept). Reads by id
 *    go through the primary key.
 *  - `_meta.lwt` alone is read only by the storage's `cleanup` (removing documents deleted long
 *    ago), which is done here over `[_meta.lwt+<primary key>]` instead.
 * A store created before keeps all its indexes: on opening, Dexie adds an index declared that a
 * store lacks, but never drops one the store has (dexie's verifyInstalledSchema), so no device
 * has its data rewritten — and a store made lean gets its indexes back if older code opens it.
 */
import 'client-only';
import type { Dexie } from 'dexie';
import { getPrimaryFieldOfPrimaryKey, now, type RxStorage, type RxStorageInstance } from 'rxdb';
import { getRxStorageDexie, type RxStorageInstanceDexie } from 'rxdb/plugins/storage-dexie';

type DexieSettings = NonNullable<Parameters<typeof getRxStorageDexie>[0]>;
type Doc = Record<string, unknown>;
type StoresSpec = Record<string, string | null>;

/** The name RxDB's Dexie storage gives a collection's IndexedDB database (rxdb/plugins/storage-dexie/dexie-helper.ts). */
function dexieDatabaseName(databaseName: string, schemaVersion: number, collectionName: string): string {
  return `rxdb-dexie-${databaseName}--${schemaVersion}--${collectionName}`;
}

/** The docs store's spec without the indexes nobody reads; `[_deleted+<primary key>]` kept where the schema has it. */
export function leanDocsSpec(spec: string, keepDefaultIndex: boolean): string {
  const parts = spec.split(',').map((part) => part.trim());
  const primary = parts[0];
  const unread = new Set(['_meta.lwt', ...(keepDefaultIndex ? [] : [`[_deleted+${primary}]`])]);
  return parts.filter((part, index) => index === 0 || !unread.has(part)).join(', ');
}

/** Whether a collection's schema holds RxDB's default index, `['_deleted', <primary key>]`. */
function hasDefaultIndex(indexes: ReadonlyArray<string | ReadonlyArray<string>> | undefined, primary: string): boolean {
  return (indexes ?? []).some((index) => Array.isArray(index) && index.length === 2 && index[0] === '_deleted' && index[1] === primary);
}

/** Has `db.version(n).stores(spec)` give the docs store the lean spec. */
function leanStores(db: Dexie, keepDefaultIndex: boolean): void {
  const version = db.version.bind(db);
  db.version = (versionNumber: number) => {
    const declared = version(versionNumber);
    const stores = declared.stores.bind(declared);
    declared.stores = (spec: StoresSpec) => {
      const docs = spec.docs;
      return stores(typeof docs === 'string' ? { ...spec, docs: leanDocsSpec(docs, keepDefaultIndex) } : spec);
    };
    return declared;
  };
}

/** RxDB's Dexie storage (with `settings`) whose new stores carry only the indexes read. */
export function leanDexieStorage(settings: DexieSettings): RxStorage<unknown, unknown> {
  /** Whether to keep the default index, by the Dexie database's name: set before the storage opens it. */
  const keepDefaultIndex = new Map<string, boolean>();
  const storage = getRxStorageDexie({
    ...settings,
    onCreate: async (db, name) => {
      leanStores(db, keepDefaultIndex.get(name) ?? true);
      await settings.onCreate?.(db, name);
    },
  });
  return {
    name: storage.name,
    rxdbVersion: storage.rxdbVersion,
    // Read by the timeline's first window (app/(signed-in)/patient/_lib/timeline-window.ts).
    settings: storage.settings,
    async createStorageInstance(params) {
      const primary = getPrimaryFieldOfPrimaryKey(params.schema.primaryKey);
      const name = dexieDatabaseName(params.databaseName, params.schema.version, params.collectionName);
      keepDefaultIndex.set(name, hasDefaultIndex(params.schema.indexes, primary));
      const instance = (await storage.createStorageInstance(params as never)) as unknown as RxStorageInstanceDexie<Doc>;
      instance.cleanup = async (minimumDeletedTime: number) => {
        const { dexieDb, dexieTable } = await instance.internals;
        await dexieDb.transaction('rw', dexieTable, async () => {
          const before = now() - minimumDeletedTime;
          // [lwt, id] sorts below [before] exactly where lwt < before.
          const removed = await dexieTable
            .where(`[_meta.lwt+${primary}]`)
            .below([before])
            .filter((doc: Doc) => doc._deleted === '1')
            .primaryKeys();
          await dexieTable.bulkDelete(removed);
        });
        return true;
      };
      return instance as unknown as RxStorageInstance<unknown, unknown, unknown>;
    },
  } as RxStorage<unknown, unknown>;
}
