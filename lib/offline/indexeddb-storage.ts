/**
 * RxDB's Dexie storage, with queries the index fully answers read in one IndexedDB request.
 *
 * RxDB walks a cursor for every query, and each step of a cursor is a round trip that waits its
 * turn behind all of the page's other IndexedDB work: as the app starts (the patient list, the
 * pending counts, the directory, the replication's start), the timeline's 60 newest posts took
 * 450–700 ms to read that way, where alone they take 10 ms. A query whose selector and order the
 * index answers reads exactly the index range's first documents — the same documents, in the same
 * order — so `getAll(range, count)` gives them in one turn. Queries that filter or sort in memory
 * go through RxDB's own cursor, unchanged.
 */
import 'client-only';
import type { DexieStorageInternals, PreparedQuery, RxStorage, RxStorageInstance, RxStorageQueryResult } from 'rxdb';
import {
  DEXIE_DOCS_TABLE_NAME,
  dexieReplaceIfStartsWithPipe,
  fromDexieToStorage,
  getKeyRangeByQueryPlan,
  getRxStorageDexie,
} from 'rxdb/plugins/storage-dexie';

type Instance = RxStorageInstance<unknown, DexieStorageInternals, unknown> & { closed?: unknown };
type Query = PreparedQuery<unknown>;

export function indexedDbStorage(settings: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }): RxStorage<unknown, unknown> {
  const storage = getRxStorageDexie(settings) as unknown as RxStorage<unknown, unknown>;
  const create = storage.createStorageInstance.bind(storage);
  storage.createStorageInstance = async (params) => {
    const instance = (await create(params)) as unknown as Instance;
    const cursorQuery = instance.query.bind(instance);
    instance.query = (prepared) => readInOneRequest(instance, prepared as Query, cursorQuery);
    return instance as never;
  };
  return storage;
}

async function readInOneRequest(
  instance: Instance,
  prepared: Query,
  cursorQuery: (prepared: Query) => Promise<RxStorageQueryResult<unknown>>,
): Promise<RxStorageQueryResult<unknown>> {
  const plan = prepared.queryPlan;
  if (instance.closed || !plan.selectorSatisfiedByIndex || !plan.sortSatisfiedByIndex) return cursorQuery(prepared);
  const skip = prepared.query.skip ?? 0;
  const limit = typeof prepared.query.limit === 'number' ? prepared.query.limit : Infinity;
  if (skip + limit <= 0) return { documents: [] };
  const state = await instance.internals;
  let range: IDBKeyRange;
  try {
    range = getKeyRangeByQueryPlan(state.booleanIndexes, plan, (state.dexieDb as unknown as { _options: { IDBKeyRange: typeof IDBKeyRange } })._options.IDBKeyRange);
  } catch (error) {
    // As RxDB's own query: a range IndexedDB cannot express holds nothing.
    if ((error as Error).name === 'DataError') return { documents: [] };
    throw error;
  }
  const indexName = `[${plan.index.map((field) => dexieReplaceIfStartsWithPipe(field)).join('+')}]`;
  let rows: unknown[] = [];
  await state.dexieDb.transaction('r', state.dexieTable, async (transaction: unknown) => {
    const index = (transaction as unknown as { idbtrans: IDBTransaction }).idbtrans.objectStore(DEXIE_DOCS_TABLE_NAME).index(indexName);
    rows = await new Promise<unknown[]>((resolve, reject) => {
      // `count` undefined: the whole range (0 would mean the same, so an empty read returned above).
      const request = index.getAll(range, Number.isFinite(skip + limit) ? skip + limit : undefined);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
  });
  return { documents: rows.slice(skip).map((row) => fromDexieToStorage(state.booleanIndexes, row as never)) };
}
