/**
 * A first fill's batch (./first-fill.ts) written as one IndexedDB insert of every document, without
 * RxDB's Dexie storage first reading each of them to decide what to write. The fill writes only into
 * a collection that held nothing, so those reads find nothing: in a first sync of 20,000 posts on
 * disk they were about a sixth of the main thread's work, and they held each batch's writes until
 * the one before had been stored. The insert goes through Dexie's `bulkAdd`, which IndexedDB refuses
 * as a whole for a document the store holds (the transaction aborts: nothing of the batch is
 * written); that batch is then written again by the storage's own `bulkWrite`, which reads, writes
 * what it may and reports the rest as conflicts, as it always did. The change events are the ones
 * the storage's `bulkWrite` would have sent (an insert of each document not deleted), so the screens
 * and the other tabs see the fill as before.
 */
import 'client-only';
import { randomToken, type BulkWriteRow, type EventBulk, type RxStorage, type RxStorageChangeEvent, type RxStorageInstance } from 'rxdb';
import { fromStorageToDexie, type RxStorageInstanceDexie } from 'rxdb/plugins/storage-dexie';
import type { Subject } from 'rxjs';
import { pullWriteContext } from './pull-meta';

/** The context of the first fill's writes: one of the pull's, so that ./pull-meta.ts marks them as pulled. */
export const firstFillContext = `${pullWriteContext}first-fill`;

type Doc = Record<string, unknown>;
type Row = BulkWriteRow<Doc>;
type Event = RxStorageChangeEvent<Doc>;
/** What is used of RxDB's Dexie instance: its tables, and the subject its own `bulkWrite` sends its events on. */
type DexieInstance = Pick<RxStorageInstanceDexie<Doc>, 'internals' | 'primaryPath'> & { changes$: Subject<EventBulk<Event, unknown>> };

async function insertAll(instance: DexieInstance, rows: Row[], context: string): Promise<boolean> {
  const { dexieDb, dexieTable, booleanIndexes } = await instance.internals;
  const docs = rows.map((row) => fromStorageToDexie(booleanIndexes, row.document));
  try {
    await dexieDb.transaction('rw', dexieTable, () => dexieTable.bulkAdd(docs));
  } catch {
    return false;
  }
  const primary = instance.primaryPath as string;
  const events: Event[] = rows
    .filter((row) => !row.document._deleted)
    .map((row) => ({
      documentId: String(row.document[primary]),
      operation: 'INSERT',
      documentData: row.document,
      previousDocumentData: undefined,
    }));
  const newest = rows[rows.length - 1]?.document;
  if (events.length > 0 && newest) {
    instance.changes$.next({
      id: randomToken(10),
      events,
      checkpoint: { id: newest[primary], lwt: newest._meta.lwt },
      context,
    });
  }
  return true;
}

/**
 * RxDB's Dexie storage whose instances take a first fill's batch of inserts straight in. Every
 * other write, and a fill's batch that cannot go in whole, goes through the storage's `bulkWrite`.
 */
export function freshInsertsStraightIn<Internals, Options>(storage: RxStorage<Internals, Options>): RxStorage<Internals, Options> {
  return {
    ...storage,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      const own = instance as unknown as RxStorageInstance<Doc, unknown, unknown>;
      const bulkWrite = own.bulkWrite.bind(own);
      const straightIn = !params.schema.attachments;
      own.bulkWrite = async (rows, context) => {
        if (straightIn && context === firstFillContext && rows.length > 0 && rows.every((row) => !row.previous)) {
          if (await insertAll(instance as unknown as DexieInstance, rows, context)) return { error: [] };
        }
        return bulkWrite(rows, context);
      };
      return instance;
    },
  };
}
