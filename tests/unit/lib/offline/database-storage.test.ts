/**
 * The storage the app opens RxDB on (lib/offline/database.ts): a replication's meta store is kept
 * to its own tab — its writes are not broadcast to the other tabs, which never watch it — while
 * the collections themselves still tell every tab of each change.
 */
import { describe, expect, it } from 'vitest';
import { fillWithDefaultSettings, getRxReplicationMetaInstanceSchema, type RxStorage, type RxStorageInstanceCreationParams } from 'rxdb';
import { collectionSchemas } from '@/lib/offline/collections';
import { metaKeptToEachTab } from '@/lib/offline/database';

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
