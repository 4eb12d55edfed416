/**
 * RxDB's Dexie storage, with queries the index fully answers read in one IndexedDB request.
 *
 * RxDB walks a cursor for every query, and each step of a cursor is a round trip that waits its
 * turn behind all of the page's other IndexedDB work: as the app starts (the patient list, the
 * pending counts, the directory, the replication's start), the timeline's 60 newest posts took
 * 450–700 ms to read that way, where alone they take 10 ms. A query whose selector and order the
 * index answers reads exactly the index range's first documents — the same documents, in the same
 * order — so `getAll(range, count)` gives them in one turn (100 at a time). Queries that filter
 * or sort in memory go through RxDB's own cursor, unchanged.
 */
import 'client-only';
import {
  getPrimaryFieldOfPrimaryKey,
  getProperty,
  type DexieStorageInternals,
  type PreparedQuery,
  type RxStorage,
  type RxStorageInstance,
  type RxStorageQueryResult,
} from 'rxdb';
import {
  DEXIE_DOCS_TABLE_NAME,
  dexieReplaceIfStartsWithPipe,
  fromDexieToStorage,
  getKeyRangeByQueryPlan,
  getRxStorageDexie,
} from 'rxdb/plugins/storage-dexie';

type Instance = RxStorageInstance<unknown, DexieStorageInternals, unknown> & { closed?: unknown };
type Query = PreparedQuery<unknown>;

/**
 * Rows a request: a window of posts in one, and a query over thousands (the unread count's, the
 * search index's) in steps others can come between — one `getAll` of 27,000 posts held every other
 * read of the page for seconds.
 */
const pageSize = 100;

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
  const keyRange = (state.dexieDb as unknown as { _options: { IDBKeyRange: typeof IDBKeyRange } })._options.IDBKeyRange;
  let range: IDBKeyRange;
  try {
    range = getKeyRangeByQueryPlan(state.booleanIndexes, plan, keyRange);
  } catch (error) {
    // As RxDB's own query: a range IndexedDB cannot express holds nothing.
    if ((error as Error).name === 'DataError') return { documents: [] };
    throw error;
  }
  const fields = plan.index.map((field) => dexieReplaceIfStartsWithPipe(field));
  const primary = getPrimaryFieldOfPrimaryKey(instance.schema.primaryKey);
  // Pages follow each other by the last row's index key, unique only where it ends with the primary key (RxDB's do).
  if (fields[fields.length - 1] !== primary) return cursorQuery(prepared);
  const wanted = skip + limit;
  const rows: Record<string, unknown>[] = [];
  let lost = false;
  await state.dexieDb.transaction('r', state.dexieTable, async (transaction: unknown) => {
    const index = (transaction as { idbtrans: IDBTransaction }).idbtrans.objectStore(DEXIE_DOCS_TABLE_NAME).index(`[${fields.join('+')}]`);
    let from = range;
    for (;;) {
      const count = Math.min(pageSize, wanted - rows.length);
      const page = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = index.getAll(from, count);
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
      });
      rows.push(...page);
      const last = page[page.length - 1];
      if (page.length < count || rows.length >= wanted || !last) return;
      const key = fields.map((field) => getProperty(last, field) as IDBValidKey | undefined);
      if (key.some((part) => part === undefined)) return void (lost = true);
      from = keyRange.bound(key, range.upper, true, range.upperOpen);
    }
  });
  if (lost) return cursorQuery(prepared);
  return { documents: rows.slice(skip).map((row) => fromDexieToStorage(state.booleanIndexes, row as never)) };
}
