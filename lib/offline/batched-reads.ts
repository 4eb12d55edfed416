/**
 * RxDB's Dexie storage answers a query through an IndexedDB cursor: one request per document, each
 * a round trip from the page to the browser's IndexedDB and back, the next asked only once the page
 * has run the last one's callback. While a screen opens, the page's main thread is busy with the
 * screen itself, so each step waits its turn: the newest 60 posts of a timeline opened for the
 * first time after a sync took 760 ms, 91 members 1.2 s (`BENCH_TRACE_COLD=idb npm run
 * bench:trace-reopen`). Here the same query reads the same index range with `getAll`, a batch of
 * documents a request: the exact number wanted where the index gives the order and the selector,
 * batches of `batchSize` otherwise. What it returns is what RxDB's own query returns, document for
 * document (tests/integration/offline/batched-reads.test.ts).
 */
import 'client-only';
import {
  getQueryMatcher,
  getSortComparator,
  type PreparedQuery,
  type RxDocumentData,
  type RxStorage,
  type RxStorageInstance,
  type RxStorageQueryResult,
} from 'rxdb';
import {
  DEXIE_DOCS_TABLE_NAME,
  dexieReplaceIfStartsWithPipe,
  fromDexieToStorage,
  getKeyRangeByQueryPlan,
  type RxStorageInstanceDexie,
} from 'rxdb/plugins/storage-dexie';

type Doc = Record<string, unknown>;

/**
 * The most documents one request reads. IndexedDB answers one origin's requests in turn, so a large
 * read holds every other: in the cold-open trace a read of 500 posts took 200–300 ms, and the
 * timeline's window waited behind it; 100 keeps a read of thousands (the unread posts, the search
 * index) in steps others come between — an earlier try's one read of 27,000 posts held every other
 * read of the page for seconds (README, stop 24).
 */
export const batchSize = 100;

/** The value at a key path ('a' or 'a.b') of a stored record. */
function atPath(record: unknown, path: string): unknown {
  let value = record;
  for (const part of path.split('.')) value = value && typeof value === 'object' ? (value as Doc)[part] : undefined;
  return value;
}

/** A record's key in a compound index (the key path as IndexedDB reports it). */
function indexKeyOf(record: unknown, keyPath: string | string[]): IDBValidKey {
  return (Array.isArray(keyPath) ? keyPath.map((path) => atPath(record, path)) : atPath(record, keyPath)) as IDBValidKey;
}

function answer<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
  });
}

export async function batchedDexieQuery<RxDocType>(
  instance: RxStorageInstanceDexie<RxDocType>,
  preparedQuery: PreparedQuery<RxDocType>,
  perRequest = batchSize,
): Promise<RxStorageQueryResult<RxDocType>> {
  const state = await instance.internals;
  const { query, queryPlan } = preparedQuery;
  if (query.limit === 0) return { documents: [] };
  const skip = query.skip ?? 0;
  const wanted = skip + (typeof query.limit === 'number' ? query.limit : Infinity);
  const matches = queryPlan.selectorSatisfiedByIndex ? null : getQueryMatcher(instance.schema, query);
  const keyRange = state.dexieDb._options.IDBKeyRange as typeof IDBKeyRange;
  let range: IDBKeyRange;
  try {
    range = getKeyRangeByQueryPlan(state.booleanIndexes, queryPlan, keyRange);
  } catch (error) {
    if ((error as Error).name === 'DataError') return { documents: [] };
    throw error;
  }
  // Enough read: the index gives the order, so the first `wanted` that match are the answer.
  const enough = (rows: number) => queryPlan.sortSatisfiedByIndex && rows >= wanted;
  const indexName = `[${queryPlan.index.map((field) => dexieReplaceIfStartsWithPipe(field)).join('+')}]`;
  const primary = instance.primaryPath as string;
  // By primary key: a document read twice (changed between two requests so that its index key moved
  // past the last one read) is kept once, in its later place and state.
  const found = new Map<unknown, RxDocumentData<RxDocType>>();
  let from = range;
  for (;;) {
    const left = wanted - found.size;
    let count: number | undefined;
    let values: unknown[] = [];
    let keyPath: string | string[] = [];
    // Each request in a transaction of its own: a read of thousands (What's new's count, the search
    // index) in one transaction held every write to the store until its end — a post written
    // meanwhile, and so its push, waited up to 2 s (`BENCH_PROPAGATION_IDB=1 npm run
    // bench:propagation`). Between two requests a write goes in; RxDB then applies it to the answer
    // as it does to any change made while a query runs.
    await state.dexieDb.transaction('r', state.dexieTable, async (dexieTx) => {
      const index = dexieTx.idbtrans.objectStore(DEXIE_DOCS_TABLE_NAME).index(indexName);
      keyPath = index.keyPath;
      // RxDB ends every index with the primary key, so an index key is one record's: the next batch
      // starts just after the last one read. An index that is not unique is read in one request.
      const unique = index.unique || (Array.isArray(index.keyPath) && index.keyPath.at(-1) === index.objectStore.keyPath);
      count = !unique ? undefined : queryPlan.sortSatisfiedByIndex && !matches && left < perRequest ? left : perRequest;
      values = await answer(index.getAll(from, count));
    });
    for (const value of values) {
      const doc = fromDexieToStorage(state.booleanIndexes, value) as RxDocumentData<RxDocType>;
      const id = (doc as Doc)[primary];
      found.delete(id);
      if (!matches || matches(doc)) found.set(id, doc);
      if (enough(found.size)) break;
    }
    const last = values.at(-1);
    if (count === undefined || values.length < count || enough(found.size) || last === undefined) break;
    try {
      from = keyRange.bound(indexKeyOf(last, keyPath), range.upper, true, range.upperOpen);
    } catch {
      break; // The last one read was the range's upper bound itself: nothing lies after it.
    }
  }
  let rows = [...found.values()];
  if (!queryPlan.sortSatisfiedByIndex) rows = rows.sort(getSortComparator(instance.schema, query));
  return { documents: rows.slice(skip, wanted) };
}

/** The Dexie storage whose instances answer queries with batched reads (of `perRequest` documents at most). */
export function readsInBatches(storage: RxStorage<unknown, unknown>, perRequest = batchSize): RxStorage<unknown, unknown> {
  return {
    ...storage,
    async createStorageInstance(params) {
      const instance = (await storage.createStorageInstance(params)) as unknown as RxStorageInstanceDexie<Doc>;
      const cursorQuery = instance.query.bind(instance);
      // A closed instance: RxDB's own query refuses it, with its own error.
      instance.query = (preparedQuery) =>
        instance.closed ? cursorQuery(preparedQuery) : batchedDexieQuery(instance, preparedQuery, perRequest);
      return instance as unknown as RxStorageInstance<unknown, unknown, unknown>;
    },
  } as RxStorage<unknown, unknown>;
}
