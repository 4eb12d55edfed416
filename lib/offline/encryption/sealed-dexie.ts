/**
 * Seals what the outbox (a Dexie database) keeps: photos' and files' bytes and thumbnails, their
 * names, the composer's drafts, the text of refused work. A middleware at Dexie's lowest layer
 * seals every value written and opens every value read, so the outbox's code is unchanged; the
 * primary key and indexed fields (ids, states, times) stay readable for its queries. Values are
 * read by key or by query; a cursor would hand out sealed values (Dexie's own filters use one), so
 * the outbox never filters with `.and()`/`.filter()` — a cursor asking for values is refused, to
 * make such a read fail loudly rather than see ciphertext.
 */
import 'client-only';
import type { DBCore, DBCoreTable, Dexie } from 'dexie';
import { decryptBytes, decryptJson, encryptBytes, encryptJson } from './cipher';

const sealedField = '_sealed';
/** Names of the binary fields sealed one by one (as bytes, not base64 in the JSON). */
const sealedBinaryField = '_sealedBinary';

type Row = Record<string, unknown>;

function keyPathsOf(table: DBCoreTable): Set<string> {
  const paths = [table.schema.primaryKey, ...table.schema.indexes].flatMap((index) =>
    index.keyPath === null ? [] : Array.isArray(index.keyPath) ? index.keyPath : [index.keyPath],
  );
  return new Set(paths);
}

async function seal(key: CryptoKey, readable: Set<string>, row: Row): Promise<Row> {
  const stored: Row = {};
  const secret: Row = {};
  const binary: string[] = [];
  for (const [name, value] of Object.entries(row)) {
    if (name === sealedField || name === sealedBinaryField) continue;
    if (readable.has(name)) stored[name] = value;
    else if (value instanceof ArrayBuffer) {
      stored[name] = await encryptBytes(key, value);
      binary.push(name);
    } else if (value !== undefined) secret[name] = value;
  }
  stored[sealedField] = await encryptJson(key, secret);
  if (binary.length > 0) stored[sealedBinaryField] = binary;
  return stored;
}

async function open(key: CryptoKey, row: unknown): Promise<unknown> {
  if (!row || typeof row !== 'object') return row;
  const { [sealedField]: sealed, [sealedBinaryField]: binary, ...readable } = row as Row;
  // Written before the outbox was sealed: read as it is (sealed when written again).
  if (typeof sealed !== 'string') return row;
  const opened: Row = { ...readable, ...(await decryptJson<Row>(key, sealed)) };
  for (const name of Array.isArray(binary) ? (binary as string[]) : []) {
    const value = readable[name];
    if (value instanceof ArrayBuffer || value instanceof Uint8Array) opened[name] = await decryptBytes(key, value as ArrayBuffer);
  }
  return opened;
}

/**
 * Runs the sealing or opening (WebCrypto, which is not IndexedDB work) without letting the
 * transaction end meanwhile: an IndexedDB transaction commits as soon as it has no request pending,
 * so small reads keep it busy until the work is done, and the result is handed over inside a
 * request's success callback, where the transaction is active again for what follows (a write
 * after a read, as Dexie's `update` does). A read whose transaction has already finished (a query
 * that was its transaction's last request) is simply opened: nothing follows it there.
 */
function keepingTransaction<T>(trans: unknown, storeName: string, work: Promise<T>, mustStayOpen: boolean): Promise<T> {
  const transaction = trans as IDBTransaction | undefined;
  if (!transaction || typeof transaction.objectStore !== 'function') return work;
  return new Promise<T>((resolve, reject) => {
    let settle: (() => void) | null = null;
    const fail = (error: unknown) => reject(error instanceof Error ? error : new Error(String(error)));
    work.then(
      (value) => (settle = () => resolve(value)),
      (error: unknown) => (settle = () => fail(error)),
    );
    const spin = () => {
      if (settle) return settle();
      let request: IDBRequest;
      try {
        request = transaction.objectStore(storeName).get(-Infinity);
      } catch (error) {
        if (mustStayOpen) fail(error);
        else work.then(resolve, fail);
        return;
      }
      request.onsuccess = spin;
      request.onerror = () => fail(request.error ?? new Error('The outbox transaction failed.'));
    };
    spin();
  });
}

/** Seals `db` with `key`; call before the database opens. */
export function sealDexie(db: Dexie, key: CryptoKey): void {
  db.use({
    stack: 'dbcore',
    name: 'renraku-sealed',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        const readable = keyPathsOf(table);
        return {
          ...table,
          async mutate(request) {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
            const sealing = Promise.all(request.values.map((value) => seal(key, readable, value as Row)));
            const values = await keepingTransaction(request.trans, name, sealing, true);
            return table.mutate({ ...request, values });
          },
          async get(request) {
            const value = await table.get(request);
            return keepingTransaction(request.trans, name, open(key, value), false);
          },
          async getMany(request) {
            const values = await table.getMany(request);
            return keepingTransaction(request.trans, name, Promise.all(values.map((value) => open(key, value))), false);
          },
          async query(request) {
            const response = await table.query(request);
            if (!request.values) return response;
            const result = await keepingTransaction(
              request.trans,
              name,
              Promise.all(response.result.map((value) => open(key, value))),
              false,
            );
            return { ...response, result };
          },
          async openCursor(request) {
            if (request.values) throw new Error('The sealed outbox is read by key or query, not through a cursor.');
            return table.openCursor(request);
          },
        };
      },
    }),
  });
}
