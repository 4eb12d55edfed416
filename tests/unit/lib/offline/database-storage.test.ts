/**
 * The storage the app opens RxDB on (lib/offline/database.ts): a replication's meta store is kept
 * to its own tab — its writes are not broadcast to the other tabs, which never watch it — while
 * the collections themselves still tell every tab of each change; a write of many rows goes to
 * IndexedDB in transactions of at most 1,000, each after a read of its keys.
 */
import { IDBDatabase, IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  fillWithDefaultSettings,
  getRxReplicationMetaInstanceSchema,
  type BulkWriteRow,
  type RxStorage,
  type RxStorageInstance,
  type RxStorageInstanceCreationParams,
} from 'rxdb';
import { collectionSchemas } from '@/lib/offline/collections';
import { dexieStorage, metaKeptToEachTab, rowsPerTransaction, writesInSmallTransactions } from '@/lib/offline/database';

/** A storage that only records what it was asked to create. */
function recordingStorage() {
  const asked: RxStorageInstanceCreationParams<unknown, unknown>[] = [];
  const storage = {
    name: 'recording',
    rxdbVersion: 'test',
    createStorageInstance: async (params: RxStorageInstanceCreationParams<unknown, unknown>) => {
      asked.push(params);
      return {} as never;
    },
  } as unknown as RxStorage<unknown, unknown>;
  return { storage, asked };
}

const postsSchema = fillWithDefaultSettings(collectionSchemas.posts.schema as never);
const params = (schema: unknown, collectionName: string) =>
  ({
    databaseName: 'renraku-u1',
    collectionName,
    databaseInstanceToken: 'token',
    multiInstance: true,
    options: {},
    schema,
    devMode: false,
  }) as RxStorageInstanceCreationParams<unknown, unknown>;

describe('metaKeptToEachTab', () => {
  it("opens RxDB's replication meta stores without broadcasting, and the collections as asked", async () => {
    const { storage, asked } = recordingStorage();
    const wrapped = metaKeptToEachTab(storage);
    await wrapped.createStorageInstance(
      params(getRxReplicationMetaInstanceSchema(postsSchema as never, false), 'rx-replication-meta-posts'),
    );
    await wrapped.createStorageInstance(params(postsSchema, 'posts'));
    expect(asked.map((each) => [each.collectionName, each.multiInstance])).toEqual([
      ['rx-replication-meta-posts', false],
      ['posts', true],
    ]);
    expect(wrapped.name).toBe('recording');
  });
});

type Row = BulkWriteRow<Record<string, unknown>>;
const row = (id: string, previous?: Record<string, unknown>): Row =>
  ({
    previous,
    document: {
      id,
      body: `post ${id}`,
      _deleted: false,
      _rev: previous ? '2-b' : '1-a',
      _meta: { lwt: 1_700_000_000_000 },
      _attachments: {},
    },
  }) as never;

/** An instance that records its calls, in order, and refuses the ids it is told to. */
function recordingInstance(refused: Set<string>) {
  const calls: string[] = [];
  const instance = {
    findDocumentsById: async (ids: string[]) => {
      calls.push(`read ${ids[0]}…${ids.at(-1)} (${ids.length})`);
      return [];
    },
    bulkWrite: async (rows: Row[], context: string) => {
      calls.push(`write ${String(rows[0]?.document.id)}…${String(rows.at(-1)?.document.id)} (${rows.length}) ${context}`);
      return {
        error: rows
          .filter((each) => refused.has(String(each.document.id)))
          .map((each) => ({ status: 409, isError: true, documentId: String(each.document.id), writeRow: each })),
      };
    },
  };
  const storage = {
    name: 'recording',
    rxdbVersion: 'test',
    createStorageInstance: async () => instance,
  } as unknown as RxStorage<unknown, unknown>;
  return { storage, calls };
}

const ids = (count: number) => Array.from({ length: count }, (_, n) => `p${String(n).padStart(5, '0')}`);

describe('writesInSmallTransactions', () => {
  it('writes a large write in consecutive parts of at most 1,000 rows, in order, reading nothing, and reports every part’s errors', async () => {
    const { storage, calls } = recordingInstance(new Set(['p00005', 'p01500', 'p02400']));
    const instance = (await writesInSmallTransactions(storage).createStorageInstance(
      params(postsSchema, 'posts'),
    )) as unknown as RxStorageInstance<Record<string, unknown>, unknown, unknown>;
    const result = await instance.bulkWrite(
      ids(2_401).map((id) => row(id)),
      'replication-downstream',
    );
    expect(rowsPerTransaction).toBe(1000);
    expect(calls).toEqual([
      'write p00000…p00999 (1000) replication-downstream',
      'write p01000…p01999 (1000) replication-downstream',
      'write p02000…p02400 (401) replication-downstream',
    ]);
    expect(result.error.map((error) => error.documentId)).toEqual(['p00005', 'p01500', 'p02400']);
  });

  it('passes a write of up to 1,000 rows on as it is: one call, no read', async () => {
    const { storage, calls } = recordingInstance(new Set());
    const instance = (await writesInSmallTransactions(storage).createStorageInstance(
      params(postsSchema, 'posts'),
    )) as unknown as RxStorageInstance<Record<string, unknown>, unknown, unknown>;
    await instance.bulkWrite(
      ids(1_000).map((id) => row(id)),
      'local',
    );
    expect(calls).toEqual(['write p00000…p00999 (1000) local']);
  });

  it('is the app’s storage: on RxDB’s Dexie storage a write of 2,500 rows takes three transactions, stores every row, tells the change stream of each, and a stale update is still a conflict', async () => {
    const storage = dexieStorage(new IDBFactory() as unknown as globalThis.IDBFactory, IDBKeyRange as never);
    const instance = (await storage.createStorageInstance(params(postsSchema, 'posts'))) as unknown as RxStorageInstance<
      Record<string, unknown>,
      unknown,
      unknown
    >;
    const changed: string[] = [];
    const subscription = instance.changeStream().subscribe((bulk) => changed.push(...bulk.events.map((event) => event.documentId)));
    const all = ids(2_500);
    const writing: string[][] = [];
    const transaction = IDBDatabase.prototype.transaction;
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, names, mode, options) {
      if (mode === 'readwrite') writing.push([...(typeof names === 'string' ? [names] : names)]);
      return transaction.call(this, names, mode, options);
    });
    const first = await instance.bulkWrite(
      all.map((id) => row(id)),
      'replication-downstream',
    );
    spy.mockRestore();
    expect(first.error).toEqual([]);
    expect(writing.filter((names) => names.includes('docs'))).toHaveLength(3);
    const stored = await instance.findDocumentsById(all, false);
    expect(stored.map((doc) => doc.id).sort()).toEqual(all);
    expect(changed.sort()).toEqual(all);
    // An update that names a previous state the store no longer holds is a conflict, in whichever part it falls.
    const stale = { ...(stored.find((doc) => doc.id === 'p02100') as Record<string, unknown>), _rev: '9-stale' };
    const second = await instance.bulkWrite(
      all.map((id) => (id === 'p02100' ? row(id, stale) : row(id, stored.find((doc) => doc.id === id) as Record<string, unknown>))),
      'replication-downstream',
    );
    expect(second.error.map((error) => [error.documentId, error.status])).toEqual([['p02100', 409]]);
    subscription.unsubscribe();
    await instance.close();
  });
});
