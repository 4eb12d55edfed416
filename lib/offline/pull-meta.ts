/**
 * A replication's meta store keeps, for each document, the server state the device last knew it
 * in. RxDB writes that row for every document it pulls: in a first sync, a second IndexedDB write
 * of every post, as large as the post itself. A document the device has not changed since the
 * pull wrote it needs no row: it *is* the server state it came as. This storage marks each
 * document the pull writes with the height of the revision written (`_meta.pulled`; RxDB's own
 * mark, `_meta.o`, is lost on a first write: RxDB 17.6 gives every inserted document a new
 * `_meta`), leaves those rows out, and answers for them from the documents themselves.
 *
 * What the rows steer, and why leaving them out keeps every edit:
 * - the push skips a document equal to its row: an unchanged document's row is the document;
 * - the pull does not overwrite a document that differs from its row (an edit not yet pushed):
 *   an edit gives the document a newer revision than its mark, so it is not answered for; it
 *   keeps a stored row if it had one, and without one the pull leaves it alone all the same (RxDB
 *   takes a document with neither row nor mark for a local write still to push);
 * - the server never reads the state a push says it was based on (server/services/sync/push/*
 *   decide by the pushed content), so a push without one is taken the same.
 * A row is still written whenever one is stored already (it is kept current), whenever the
 * document was changed on the device in the meantime, and for everything but the pull's own rows.
 */
import 'client-only';
import {
  defaultHashSha256,
  getHeightOfRevision,
  getPrimaryFieldOfPrimaryKey,
  META_INSTANCE_SCHEMA_TITLE,
  type BulkWriteRow,
  type RxDocumentData,
  type DexieStorageInternals,
  type RxStorage,
  type RxStorageInstance,
} from 'rxdb';
import { replicationEpoch } from '@/lib/sync/protocol';

/** The identifier of a collection's replication with the server: its checkpoints and meta store go by it. */
export function replicationIdentifier(collection: string): string {
  // The epoch, not the protocol version: equal to version 1's identifier, so devices keep their checkpoints.
  return `renraku-${collection}-v${replicationEpoch}`;
}

/** The name RxDB gives a replication's meta store (rxdb/src/plugins/replication, `metaInfoPromise`). */
export async function metaStoreName(collection: string): Promise<string> {
  return `rx-replication-meta-${await defaultHashSha256([collection, replicationIdentifier(collection)].join('-'))}`;
}

/** The context of RxDB's write of the rows for the documents its pull just wrote (replication-protocol/downstream.ts). */
const pullMetaContext = 'replication-down-write-meta';

/** The revision of a row answered from its document: never stored, so a write after it is an insert. */
export const answeredRevision = '1-fromdocument';

type Doc = RxDocumentData<Record<string, unknown>>;
type Instance = RxStorageInstance<Doc, unknown, unknown, unknown>;

/** The context of the pull's writes of documents: `replication-downstream-` and the replication's key. */
export const pullWriteContext = 'replication-downstream-';

/** The document is as the replication's pull wrote it: no write on the device since. */
export function isAsPulled(doc: Doc | undefined): doc is Doc {
  const pulled = (doc?._meta as { pulled?: unknown } | undefined)?.pulled;
  return Boolean(doc && typeof pulled === 'number' && pulled === getHeightOfRevision(doc._rev));
}

/** A collection's instance whose pull writes mark each document with the revision they wrote. */
function markingPullWrites(instance: Instance): Instance {
  const bulkWrite = instance.bulkWrite.bind(instance);
  instance.bulkWrite = (rows, context) =>
    bulkWrite(
      context.startsWith(pullWriteContext)
        ? rows.map((row) => ({
            ...row,
            document: { ...row.document, _meta: { ...row.document._meta, pulled: getHeightOfRevision(row.document._rev) } },
          }))
        : rows,
      context,
    );
  return instance;
}

/** The meta row's key for a document (RxDB's composed key `itemId|isCheckpoint`). */
const rowKey = (itemId: string) => `${itemId}|0`;
const itemIdOf = (key: string) => (key.endsWith('|0') ? key.slice(0, -2) : null);

/** The row RxDB would have stored for a document as pulled: its state without RxDB's bookkeeping. */
function answeredRow(doc: Doc, itemId: string): Doc {
  const { _meta, _rev, _attachments, ...state } = doc;
  return {
    id: rowKey(itemId),
    isCheckpoint: '0',
    itemId,
    docData: state,
    _deleted: false,
    _attachments: {},
    _rev: answeredRevision,
    _meta: { lwt: (_meta as { lwt: number }).lwt },
  } as Doc;
}

/**
 * Of the keys asked for, those a Dexie store holds — found by one read of its keys between the
 * smallest and the largest asked for, where it holds few (a meta store holds rows only for the
 * documents changed on the device): reading each key on its own is one IndexedDB request a key,
 * 20,000 requests in a first sync of as many posts, nearly all for rows never stored. All of
 * them, where the store holds more keys in that range than twice as many as asked for.
 */
async function storedAmong(instance: Instance, keys: string[]): Promise<string[]> {
  if (keys.length < 16) return keys;
  const internals = (instance as unknown as { internals?: DexieStorageInternals }).internals;
  if (!internals) return keys;
  const { dexieTable } = await internals;
  let low = keys[0]!;
  let high = low;
  for (const key of keys) {
    if (key < low) low = key;
    if (key > high) high = key;
  }
  const most = keys.length * 2;
  const inRange = (await dexieTable.where(':id').between(low, high, true, true).limit(most).primaryKeys()) as string[];
  if (inRange.length >= most) return keys;
  const held = new Set(inRange);
  return keys.filter((key) => held.has(key));
}

/** Each fork's shared reader (`forkReadsShared`). */
const sharedReaders = new WeakMap<Instance, (ids: string[]) => Promise<Doc[]>>();

/** A read of a fork's documents: the ids whose state it knows (deleted or absent ones too), and the documents it found. */
interface ForkRead {
  known: Set<string>;
  docs: Doc[];
}

/** The fork's reads kept for answering: RxDB's push has up to five batches of its start-up walk in hand at once. */
const readsKept = 8;
/**
 * The largest read kept: a batch of the replication's (its pulls ask for 1,000). A screen's read of
 * a whole collection (search gathering 20,000 posts) is not kept alive until the next write.
 */
const largestReadKept = 1_000;

/**
 * Reads of `fork`'s documents (deleted ones too) that take their answer from the fork's latest
 * reads, when they knew all of them and nothing was written to the fork since they began. RxDB's
 * pull reads a batch's documents from the fork and their rows from the meta store side by side;
 * its push, at every start, reads the documents changed since its checkpoint (after a first sync:
 * all of them) a few batches ahead, and then their rows. The rows found missing are answered from
 * the very documents just read (20,000 reads of IndexedDB fewer, each way, after a first sync of
 * as many posts). A read begun before a write sees the store as it was before that write
 * (IndexedDB runs a transaction after those begun before it), so the answer is the one a read of
 * its own at that moment would have given.
 */
function forkReadsShared(fork: Instance): (ids: string[]) => Promise<Doc[]> {
  // Once per fork: a replication started again opens a new meta store on the same fork.
  const known = sharedReaders.get(fork);
  if (known) return known;
  let reads: Array<Promise<ForkRead | null>> = [];
  const primary = getPrimaryFieldOfPrimaryKey(fork.schema.primaryKey) as string;
  const idOf = (doc: Doc) => String(doc[primary]);
  const find = fork.findDocumentsById.bind(fork);
  const query = fork.query.bind(fork);
  const bulkWrite = fork.bulkWrite.bind(fork);
  /** Keeps a read's documents (those of `known` it found) for answering, unless it is larger than a batch. */
  const keep = (docs: Promise<Doc[]>, known: (found: Doc[]) => Iterable<string>) => {
    const kept = docs.then(
      (found): ForkRead | null => (found.length <= largestReadKept ? { known: new Set(known(found)), docs: found } : null),
      () => null,
    );
    reads = [...reads.slice(1 - readsKept), kept];
  };
  fork.findDocumentsById = (ids, withDeleted) => {
    const docs = find(ids, withDeleted);
    // Without deleted documents, an id not found may be a deleted one: only those found are known.
    keep(docs, (found) => (withDeleted ? ids : found.map(idOf)));
    return docs;
  };
  fork.query = (prepared) => {
    const result = query(prepared);
    keep(
      result.then(({ documents }) => documents),
      (found) => found.map(idOf),
    );
    return result;
  };
  fork.bulkWrite = (rows, context) => {
    reads = [];
    return bulkWrite(rows, context);
  };
  const read = async (ids: string[]) => {
    const shared = (await Promise.all(reads)).filter((one): one is ForkRead => one !== null);
    const wanted = new Set(ids);
    if (ids.every((id) => shared.some((one) => one.known.has(id)))) {
      const answered = new Map<string, Doc>();
      for (const one of shared) for (const doc of one.docs) if (wanted.has(idOf(doc))) answered.set(idOf(doc), doc);
      return [...answered.values()];
    }
    return find(ids, true);
  };
  sharedReaders.set(fork, read);
  return read;
}

/**
 * The meta store of `fork`'s replication: rows for documents as pulled are answered from `fork`
 * and not written by the pull.
 */
export function metaAnsweredFromDocuments(meta: Instance, fork: Instance): Instance {
  const find = meta.findDocumentsById.bind(meta);
  const bulkWrite = meta.bulkWrite.bind(meta);
  const primary = getPrimaryFieldOfPrimaryKey(fork.schema.primaryKey) as string;
  const readFork = forkReadsShared(fork);
  meta.findDocumentsById = async (ids, withDeleted) => {
    const held = await storedAmong(meta, ids);
    const stored = held.length > 0 ? await find(held, withDeleted) : [];
    const found = new Set(stored.map((row) => row.id as string));
    const missing = ids.map((key) => (found.has(key) ? null : itemIdOf(key))).filter((itemId): itemId is string => itemId !== null);
    if (missing.length === 0) return stored;
    const docs = await readFork(missing);
    return [...stored, ...docs.filter(isAsPulled).map((doc) => answeredRow(doc, String(doc[primary])))];
  };
  meta.bulkWrite = async (rows, context) => {
    // A row after an answered one is the first stored: an insert.
    const asInserts = rows.map((row) => (row.previous?._rev === answeredRevision ? { document: row.document } : row));
    if (context !== pullMetaContext) return bulkWrite(asInserts, context);
    const firsts = asInserts.filter((row) => !row.previous && row.document.isCheckpoint === '0');
    if (firsts.length === 0) return bulkWrite(asInserts, context);
    // Read now, after the pull's write of these documents: one changed since keeps its row.
    const docs = await fork.findDocumentsById(
      firsts.map((row) => String(row.document.itemId)),
      true,
    );
    const asPulled = new Set(docs.filter(isAsPulled).map((doc) => String(doc[primary])));
    const kept: BulkWriteRow<Doc>[] = asInserts.filter(
      (row) => row.previous || row.document.isCheckpoint !== '0' || !asPulled.has(String(row.document.itemId)),
    );
    return kept.length > 0 ? bulkWrite(kept, context) : { error: [] };
  };
  return meta;
}

/**
 * A storage whose replication meta stores answer for documents as pulled (`metaAnsweredFromDocuments`).
 * It sits under the encryption (lib/offline/encryption): it reads only RxDB's bookkeeping, and an
 * answered row carries its document's sealed content as the stored row would.
 */
export function pullMetaFromDocuments<Internals, Options>(storage: RxStorage<Internals, Options>): RxStorage<Internals, Options> {
  /** The collections' open instances by database and name. */
  const forks = new Map<string, Instance>();
  const key = (databaseName: string, collectionName: string) => `${databaseName}\n${collectionName}`;
  return {
    ...storage,
    async createStorageInstance(params) {
      const instance = await storage.createStorageInstance(params);
      const own = instance as unknown as Instance;
      if (params.schema.title !== META_INSTANCE_SCHEMA_TITLE) {
        const at = key(params.databaseName, params.collectionName);
        forks.set(at, markingPullWrites(own));
        const close = own.close.bind(own);
        const remove = own.remove.bind(own);
        const forget = () => {
          if (forks.get(at) === own) forks.delete(at);
        };
        own.close = () => {
          forget();
          return close();
        };
        own.remove = () => {
          forget();
          return remove();
        };
        return instance;
      }
      for (const [at, fork] of forks) {
        if (!at.startsWith(key(params.databaseName, ''))) continue;
        if ((await metaStoreName(fork.collectionName)) === params.collectionName) {
          return metaAnsweredFromDocuments(own, fork) as never;
        }
      }
      return instance;
    },
  };
}
