/**
 * A collection's first sync, written straight in. RxDB's pull, for every document it pulls,
 * reads what the device holds of it and the server state it last knew, decides, writes, and
 * checks again — on a device that holds nothing yet, three IndexedDB reads a document that all
 * find nothing (a nurse's first sync: 20,000 posts). Here, a collection that holds no document at
 * all (not even a deleted one) is filled by inserting each pulled batch as it comes, and the
 * checkpoint reached is stored as RxDB's own (in the replication's meta store, every 2 s and after
 * the last batch): its replication then goes on from there, as if it had pulled those batches
 * itself — also at the next start, where a fill was cut off midway (the app closed).
 *
 * Why nothing on the device can be overwritten: every write is an insert, which the storage
 * refuses for a document it holds (a write of the user's, or another tab's pull, in the meantime)
 * — and the storage is written below RxDB's own wrapper, which would otherwise turn an insert over
 * a deleted document into an update. Each batch goes in as one insert of all its documents, without
 * a read first (./fresh-inserts.ts). At the first surprise — a refused write, a document pulled a
 * second time (changed on the server during the fill), a failed pull — the fill stops before that
 * batch, and RxDB's pull takes over from the last batch stored whole with every one before it, with
 * all of its checks (the batch after, written meanwhile, it finds as pulled).
 * The documents are written as the pull writes them (`replication-downstream-`): marked as pulled
 * (./pull-meta.ts), so RxDB takes them for the server state they came as, and its push leaves them.
 */
import 'client-only';
import {
  createRevision,
  getComposedPrimaryKeyOfDocumentData,
  now,
  type RxCollection,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageInstance,
  type RxStorageReplicationMeta,
  type WrappedRxStorageInstance,
} from 'rxdb';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';
import { firstFillContext, holdsDocuments } from './fresh-inserts';
import type { PulledBatch } from './read-ahead-pull';

type Doc = Record<string, unknown>;
type MetaRow = RxStorageReplicationMeta<Doc, SyncCheckpoint>;
type Meta = RxDocumentData<MetaRow>;
type MetaStore = RxStorageInstance<MetaRow, unknown, unknown>;
type Pull = (checkpoint: SyncCheckpoint | null, batchSize: number) => Promise<PulledBatch<Doc>>;

export interface FirstFillOptions {
  batchSize: number;
  /** The replication was stopped (sign-out, a session closed): write nothing more. */
  stopped: () => boolean;
  /** Told of each write as it begins: a stop waits for the write under way, not for a pull that may hang. */
  writing?: (write: Promise<unknown>) => void;
  /** How often the checkpoint is stored, 2 s by default: what a fill cut off midway pulls again at most. */
  progressEveryMs?: number;
  /** The replication's meta store, where RxDB keeps its checkpoints (`RxReplicationState.metaInfoPromise`). */
  replicationMeta: Promise<{ collectionName: string; schema: RxJsonSchema<Meta> }>;
}

/** The context of its checkpoint's writes: RxDB's own (replication-protocol/checkpoint.ts). */
const checkpointContext = 'replication-set-checkpoint';
/** How often the fill stores its checkpoint by default. */
const defaultProgressEveryMs = 2_000;

/** Opens the replication's meta store as RxDB's replication does at its start. */
async function openMetaStore(collection: RxCollection, options: FirstFillOptions): Promise<MetaStore> {
  const { database } = collection;
  const { collectionName, schema } = await options.replicationMeta;
  return await database.storage.createStorageInstance({
    databaseName: database.name,
    collectionName,
    databaseInstanceToken: database.token,
    multiInstance: database.multiInstance,
    options: {},
    schema,
    password: database.password,
    devMode: false,
  });
}

/**
 * Fills `collection` from `pull` if it holds no document and its replication has no checkpoint
 * yet, and returns the checkpoint up to which every pulled document is stored — null where nothing
 * was stored (the collection held documents, the server had none, or the first batch did not go
 * in): RxDB's pull then starts from its own.
 */
export async function fillEmptyCollection(collection: RxCollection, pull: Pull, options: FirstFillOptions): Promise<SyncCheckpoint | null> {
  const storage = (collection.storageInstance as WrappedRxStorageInstance<Doc, unknown, unknown>).originalStorageInstance;
  if (options.stopped() || (await holdsDocuments(storage))) return null;
  // The first batch is asked for while the meta store is opened and read (on a first start its
  // IndexedDB database is made then: 0.3 s on disk). Where a checkpoint turns up after all (the
  // collection was empty on the server too), the batch goes unused: one small request.
  const first = pull(null, options.batchSize);
  first.catch(() => undefined);
  const meta = await openMetaStore(collection, options);
  try {
    const checkpointId = getComposedPrimaryKeyOfDocumentData(meta.schema, { itemId: 'down', isCheckpoint: '1' });
    const [held] = await meta.findDocumentsById([checkpointId], true);
    if (held || options.stopped()) return null;
    return await fill(collection, storage, meta, checkpointId, first, pull, options);
  } finally {
    await meta.close();
  }
}

async function fill(
  collection: RxCollection,
  storage: RxStorageInstance<Doc, unknown, unknown>,
  meta: MetaStore,
  checkpointId: string,
  first: Promise<PulledBatch<Doc>>,
  pull: Pull,
  options: FirstFillOptions,
): Promise<SyncCheckpoint | null> {
  const primary = collection.schema.primaryPath as string;
  const { token } = collection.database;
  const revision = `1-${token}`;
  const stored = new Set<string>();
  let reached: SyncCheckpoint | null = null;
  /** The checkpoint as stored in the meta store, RxDB's way (replication-protocol/checkpoint.ts). */
  let checkpointDoc: Meta | undefined;
  /** Whether every checkpoint so far went in: one that did not ends the fill (RxDB goes on from the last stored). */
  let progress = Promise.resolve(true);
  let progressLost = false;
  /** The checkpoint of documents stored whose checkpoint is not written yet, and when one last was. */
  let unsaved: SyncCheckpoint | null = null;
  let savedAt = Date.now();
  // In order, after the documents (a crash in between pulls them again), beside the next batch's
  // write (another database). Stored after every batch, it made a 20,000-post sync on disk about
  // 1 s slower (8.1 / 9.8 s against 7.3 / 8.2 s without); every 2 s, not measurably (7.6 / 7.7 s
  // against 7.6 / 8.5 s).
  const save = () => {
    if (!unsaved) return;
    const previous = checkpointDoc;
    const next: Meta = {
      id: checkpointId,
      isCheckpoint: '1',
      itemId: 'down',
      checkpointData: unsaved,
      _deleted: false,
      _attachments: {},
      _meta: { lwt: now() },
      _rev: createRevision(token, previous),
    };
    checkpointDoc = next;
    unsaved = null;
    savedAt = Date.now();
    progress = progress.then(async (before) => {
      if (!before) return false;
      const result = await meta.bulkWrite([{ previous, document: next }], checkpointContext).catch(() => null);
      if (result?.error.length === 0) return true;
      progressLost = true;
      return false;
    });
    options.writing?.(progress);
  };
  // Each batch is handed to the storage while the one before is still being written, so that
  // sealing and cloning a batch (the page's work) go on beside IndexedDB storing the one before:
  // 20,000 posts on disk 3.65 s against 3.88 s one write at a time (bench:initial-sync, four devices
  // each, alternated). Two writes at most are under way; each batch's checkpoint is counted reached
  // once its own write, and every one before it, has gone in.
  /** The write under way of the batch before, with its ids and checkpoint. */
  let inFlight: { write: Promise<boolean>; ids: string[]; checkpoint: SyncCheckpoint } | null = null;
  /** The checkpoint of the last batch handed over: where the next pull starts. */
  let pulledTo: SyncCheckpoint | null = null;
  /** Waits for the write under way; false where it did not go in (the fill ends there). */
  const settle = async (): Promise<boolean> => {
    if (!inFlight) return true;
    const { write, ids, checkpoint } = inFlight;
    inFlight = null;
    if (!(await write)) return false;
    for (const id of ids) stored.add(id);
    reached = unsaved = checkpoint;
    if (Date.now() - savedAt >= (options.progressEveryMs ?? defaultProgressEveryMs)) save();
    return true;
  };
  while (!options.stopped() && !progressLost) {
    let batch: PulledBatch<Doc>;
    try {
      batch = await (pulledTo === null ? first : pull(pulledTo, options.batchSize));
    } catch {
      // The pull reported its error; RxDB's pull asks again, with its retries.
      break;
    }
    if (batch.documents.length === 0 || !batch.checkpoint || options.stopped()) break;
    const ids = batch.documents.map((doc) => String(doc[primary]));
    const writing = new Set(inFlight?.ids ?? []);
    if (new Set(ids).size < ids.length || ids.some((id) => stored.has(id) || writing.has(id))) break;
    const lwt = now();
    const rows = batch.documents.map((doc) => ({
      document: { ...doc, _deleted: Boolean(doc._deleted), _attachments: {}, _rev: revision, _meta: { lwt } } as RxDocumentData<Doc>,
    }));
    const write = collection.database
      .lockedRun(() => storage.bulkWrite(rows, firstFillContext))
      .then(
        (result) => result.error.length === 0,
        () => false,
      );
    options.writing?.(write);
    if (!(await settle())) {
      // The batch before did not go in: this one may have (an insert, overwriting nothing); RxDB's
      // pull brings both again from the last checkpoint reached, and finds this one as pulled.
      await write;
      break;
    }
    inFlight = { write, ids, checkpoint: batch.checkpoint };
    pulledTo = batch.checkpoint;
    if (batch.documents.length < options.batchSize) break;
  }
  await settle();
  // The last checkpoint is written before RxDB's replication reads it (and the meta store is closed);
  // not after a stop (the device is closing: the next start goes on from the one before).
  if (!options.stopped()) save();
  await progress;
  return reached;
}
