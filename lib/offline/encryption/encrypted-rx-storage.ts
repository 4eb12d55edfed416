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
import { getPrimaryFieldOfPrimaryKey, wrapRxStorageInstance, type RxJsonSchema, type RxStorage } from 'rxdb';
import { decryptJson, encryptJson } from './cipher';

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

export function encryptedRxStorage<Internals, Options>(base: RxStorage<Internals, Options>, key: CryptoKey): RxStorage<Internals, Options> {
  return {
    ...base,
    name: `${base.name}-sealed`,
    async createStorageInstance(params) {
      if (params.collectionName === '_rxdb_internal') return base.createStorageInstance(params);
      const schema = params.schema as unknown as Schema;
      const readable = readableFields(params.collectionName, schema);
      const instance = await base.createStorageInstance({ ...params, schema: storedSchema(schema, readable) as never });
      const seal = async (doc: Record<string, unknown>) => {
        const stored: Record<string, unknown> = {};
        const secret: Record<string, unknown> = {};
        for (const [name, value] of Object.entries(doc)) {
          if (readable.has(name)) stored[name] = value;
          else if (value !== undefined && name !== sealedField) secret[name] = value;
        }
        if (Object.keys(secret).length > 0) stored[sealedField] = await encryptJson(key, secret);
        return stored;
      };
      const open = async (doc: Record<string, unknown>) => {
        const sealed = doc[sealedField];
        // A document stored before encryption reads as it was; it is sealed when next written.
        if (typeof sealed !== 'string') return doc;
        const { [sealedField]: _sealed, ...readablePart } = doc;
        return { ...readablePart, ...(await decryptJson<Record<string, unknown>>(key, sealed)) };
      };
      return wrapRxStorageInstance(params.schema as never, instance, seal as never, open as never) as never;
    },
  };
}
