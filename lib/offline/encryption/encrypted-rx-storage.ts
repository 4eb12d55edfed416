/**
 * An RxDB storage that seals every document's identifying and clinical content before it reaches
 * IndexedDB: the fields indexes, queries and the sync protocol need (the primary key, every indexed
 * field, `updatedAt`, RxDB's bookkeeping, and the few a collection names below) stay readable; all
 * the others travel in one AES-GCM sealed field. It wraps every collection the device opens —
 * posts, patients, comments, attachments, members, the directory, forms and vitals as they come,
 * and the replication's own copies of the server's state — except RxDB's internal catalogue of
 * collections, which holds no patient data.
 */
import 'client-only';
import { getPrimaryFieldOfPrimaryKey, META_INSTANCE_SCHEMA_TITLE, wrapRxStorageInstance, type RxJsonSchema, type RxStorage } from 'rxdb';
import { sealingMemory } from './sealing-memory';

export const sealedField = '_sealed';

/** RxDB's own fields on every stored document. */
const bookkeeping = ['_deleted', '_rev', '_meta', '_attachments'];

/**
 * Fields a collection filters on without an index of their own (the timeline's category filter, a
 * patient's team; a form's kind and state for the home screen's ending instructions, its author for
 * a new form's pre-fill, its series for the versions). None of them is the record's content.
 */
const alsoReadable: Record<string, string[]> = {
  posts: ['category'],
  members: ['patientId'],
  forms: ['template', 'status', 'authorId', 'seriesId'],
};

type Schema = RxJsonSchema<Record<string, unknown>>;

/** The fields of `schema` that stay readable. */
export function readableFields(collectionName: string, schema: Schema): Set<string> {
  const indexed = (schema.indexes ?? [])
    .flatMap((index) => (Array.isArray(index) ? index : [index]))
    .map((path) => path.split('.')[0] ?? path);
  return new Set([
    getPrimaryFieldOfPrimaryKey(schema.primaryKey as never) as string,
    ...bookkeeping,
    ...indexed,
    'updatedAt',
    ...(alsoReadable[collectionName] ?? []),
  ]);
}

/** The schema the underlying storage sees: the sealed fields replaced by one string. */
function storedSchema(schema: Schema, readable: Set<string>): Schema {
  const properties = Object.fromEntries(Object.entries(schema.properties).filter(([name]) => readable.has(name)));
  return {
    ...schema,
    properties: { ...properties, [sealedField]: { type: 'string' } },
    required: (schema.required ?? []).filter((name) => readable.has(name as string)) as never,
  };
}

/** Where the secret part of a collection's documents goes: what stays readable, and the record's id. */
interface Sealing {
  name: string;
  primary: string;
  readable: Set<string>;
}

/** A collection's fields, named the same in its replication's meta schema (`docData.properties`). */
function fieldsOf(properties: Record<string, unknown> | undefined): string | null {
  return properties ? Object.keys(properties).sort().join(',') : null;
}

type Doc = Record<string, unknown>;

export function encryptedRxStorage<Internals, Options>(base: RxStorage<Internals, Options>, key: CryptoKey): RxStorage<Internals, Options> {
  const memory = sealingMemory(key);
  /** The collections opened so far by their fields; `null` where two collections have the same. */
  const collectionsByFields = new Map<string, Sealing | null>();

  const sealDoc = async ({ name, primary, readable }: Sealing, doc: Doc): Promise<Doc> => {
    const stored: Doc = {};
    const secret: Doc = {};
    let secrets = 0;
    for (const field in doc) {
      const value = doc[field];
      if (readable.has(field)) stored[field] = value;
      else if (value !== undefined && field !== sealedField) {
        secret[field] = value;
        secrets += 1;
      }
    }
    if (secrets > 0) stored[sealedField] = await memory.seal(name, String(doc[primary]), secret);
    return stored;
  };
  const openDoc = async ({ name, primary }: Sealing, doc: Doc): Promise<Doc> => {
    const sealed = doc[sealedField];
    // A document stored before encryption reads as it was; it is sealed when next written.
    if (typeof sealed !== 'string') return doc;
    const { [sealedField]: _sealed, ...readablePart } = doc;
    return { ...readablePart, ...(await memory.open(name, String(doc[primary]), sealed)) };
  };

  return {
    ...base,
    name: `${base.name}-sealed`,
    async createStorageInstance(params) {
      if (params.collectionName === '_rxdb_internal') return base.createStorageInstance(params);
      const schema = params.schema as unknown as Schema;
      const primary = getPrimaryFieldOfPrimaryKey(schema.primaryKey as never) as string;
      const readable = readableFields(params.collectionName, schema);
      const own: Sealing = { name: params.collectionName, primary, readable };
      // A replication's meta instance: its documents hold the server's state of a collection's
      // document (`docData`), sealed here as that collection seals the document itself — so the
      // post and its server state, written one after the other, share one cipher call.
      const item =
        schema.title === META_INSTANCE_SCHEMA_TITLE ? collectionsByFields.get(fieldsOf(docDataProperties(schema)) ?? '') : undefined;
      if (schema.title !== META_INSTANCE_SCHEMA_TITLE) {
        const fields = fieldsOf(schema.properties);
        if (fields) collectionsByFields.set(fields, collectionsByFields.has(fields) ? null : own);
      }
      const metaReadable = item ? new Set(Object.keys(schema.properties)) : null;
      const instance = await base.createStorageInstance({
        ...params,
        schema: storedSchema(schema, metaReadable ?? readable) as never,
      });
      const seal = async (doc: Doc): Promise<Doc> => {
        if (!item) return sealDoc(own, doc);
        // Only the server's state is patient data; the rest is the protocol's bookkeeping (ids, a checkpoint, a revision).
        const data = doc.docData as Doc | undefined;
        return data ? { ...doc, docData: await sealDoc(item, data) } : doc;
      };
      const open = async (doc: Doc): Promise<Doc> => {
        // Meta documents stored before their server state was sealed on its own have it inside their own sealed field.
        const opened = await openDoc(own, doc);
        const data = opened.docData as Doc | undefined;
        return item && data && typeof data[sealedField] === 'string' ? { ...opened, docData: await openDoc(item, data) } : opened;
      };
      const wrapped = wrapRxStorageInstance(params.schema as never, instance, seal as never, open as never);
      // What the memory holds is the open database's; it goes when the database closes or is removed
      // (its collections' instances close). A replication's meta store alone closing (a replication
      // stopped, the first fill handing its store over to RxDB's) leaves it.
      const forget = () => {
        if (schema.title !== META_INSTANCE_SCHEMA_TITLE) memory.forget();
      };
      return {
        ...wrapped,
        // Each write of a collection's documents turns its memory (a meta store's writes seal into its collection's).
        bulkWrite: (rows: unknown, context: string) => {
          if (!item) memory.turn(own.name);
          return wrapped.bulkWrite(rows as never, context);
        },
        close: () => {
          forget();
          return wrapped.close();
        },
        remove: () => {
          forget();
          return wrapped.remove();
        },
      } as never;
    },
  };
}

function docDataProperties(schema: Schema): Record<string, unknown> | undefined {
  const docData = schema.properties.docData as { properties?: Record<string, unknown> } | undefined;
  return docData?.properties;
}
