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
 *
 * A filled document is stored with its write time (`_meta.lwt`) under another name, `_meta.filled`,
 * and read back with it where RxDB expects it. IndexedDB indexes no record whose key path has no
 * value, so the fill writes no entry in the `[_meta.lwt+<primary key>]` index: about 0.2 s of a
 * first sync of 20,000 posts on disk (bench:initial-sync, 3.22 s against 3.43 s, four devices each,
 * alternated). That index serves RxDB's look at what changed since (its push's walk at every start;
 * also the storage's cleanup of long-deleted documents, which the app never runs), and a document
 * as the server sent it is none of the push's business. Written again on the device — an edit, a
 * newer version pulled — it is stored with its write time like any other, and the push finds it.
 * The push's first walk after a first sync no longer reads (and decrypts) every document pulled.
 */
import 'client-only';
import { randomToken, type BulkWriteRow, type EventBulk, type RxStorage, type RxStorageChangeEvent, type RxStorageInstance } from 'rxdb';
import { fromStorageToDexie, type RxStorageInstanceDexie } from 'rxdb/plugins/storage-dexie';
import { map, type Subject } from 'rxjs';
import { pullWriteContext } from './pull-meta';

/** The context of the first fill's writes: one of the pull's, so that ./pull-meta.ts marks them as pulled. */
export const firstFillContext = `${pullWriteContext}first-fill`;

type Doc = Record<string, unknown>;
type Meta = { lwt?: number; filled?: number } & Record<string, unknown>;
type Row = BulkWriteRow<Doc>;
type Event = RxStorageChangeEvent<Doc>;
/** What is used of RxDB's Dexie instance: its tables, and the subject its own `bulkWrite` sends its events on. */
type DexieInstance = Pick<RxStorageInstanceDexie<Doc>, 'internals' | 'primaryPath'> & { changes$: Subject<EventBulk<Event, unknown>> };

async function insertAll(instance: DexieInstance, rows: Row[], context: string): Promise<boolean> {
  const { dexieDb, dexieTable, booleanIndexes } = await instance.internals;
  const docs = rows.map((row) => {
    const doc = fromStorageToDexie(booleanIndexes, row.document) as Doc & { _meta: Meta };
    const { lwt, ...meta } = doc._meta;
    doc._meta = { ...meta, filled: lwt };
    return doc;
  });
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

/** A document as stored, with a filled document's write time back where RxDB keeps it. */
function withWriteTime<D>(doc: D): D {
  const meta = (doc as { _meta?: Meta } | undefined)?._meta;
  if (!meta || meta.filled === undefined || meta.lwt !== undefined) return doc;
  const { filled, ...rest } = meta;
  return { ...doc, _meta: { ...rest, lwt: filled } };
}

/** Whether the storage holds any document, deleted ones included, filled ones too (they are in no write-time index). */
export async function holdsDocuments(instance: RxStorageInstance<Doc, unknown, unknown>): Promise<boolean> {
  const { dexieTable } = await (instance as unknown as DexieInstance).internals;
  return (await dexieTable.limit(1).primaryKeys()).length > 0;
}

/**
 * RxDB's Dexie storage whose instances take a first fill's batch of inserts straight in. Every
 * other write, and a fill's batch that cannot go in whole, goes through the storage's `bulkWrite`.
 * What the instance reads, it hands over with every filled document's write time in place.
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
        const result = await bulkWrite(rows, context);
        for (const error of result.error) {
          if (error.status === 409) error.documentInDb = withWriteTime(error.documentInDb);
        }
        return result;
      };
      const findDocumentsById = own.findDocumentsById.bind(own);
      own.findDocumentsById = async (ids, withDeleted) => (await findDocumentsById(ids, withDeleted)).map(withWriteTime);
      const query = own.query.bind(own);
      own.query = async (prepared) => {
        const result = await query(prepared);
        return { ...result, documents: result.documents.map(withWriteTime) };
      };
      // The storage's own writes report a filled document they replace as they read it.
      const changeStream = own.changeStream.bind(own);
      own.changeStream = () =>
        changeStream().pipe(
          map((bulk) => ({
            ...bulk,
            events: bulk.events.map((event) =>
              event.previousDocumentData ? { ...event, previousDocumentData: withWriteTime(event.previousDocumentData) } : event,
            ),
          })),
        );
      return instance;
    },
  };
}
