/**
 * Removing a user's databases (lib/offline/database.ts), as a sign-in does before it makes the
 * device's key and a sign-out does after: what the user has goes, whoever else's stays, and on a
 * device that holds nothing of the user's (a first sign-in) RxDB is not asked to remove anything —
 * it would make its catalogue's database only to delete it again.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRenrakuDatabase, removeUserDatabases } from '@/lib/offline/database';
import { stubLocalStorage } from '@/tests/support/memory-storage';

let opened: string[] = [];

beforeEach(() => {
  const factory = new IDBFactory();
  const open = factory.open.bind(factory);
  opened = [];
  factory.open = (name: string, version?: number) => {
    opened.push(name);
    return open(name, version);
  };
  vi.stubGlobal('indexedDB', factory);
  vi.stubGlobal('IDBKeyRange', IDBKeyRange);
  stubLocalStorage();
});

afterEach(() => vi.unstubAllGlobals());

/** RxDB's databases through Dexie (in Node its broadcast channel keeps one of its own, which a browser does not). */
const names = async () =>
  (await indexedDB.databases())
    .map((info) => info.name ?? '')
    .filter((name) => name.startsWith('rxdb-dexie-'))
    .sort();

async function userWithPosts(userId: string): Promise<void> {
  const db = await openRenrakuDatabase(userId, undefined, { multiInstance: false, only: ['posts'] });
  await db.posts.storageInstance.bulkWrite(
    [
      {
        document: {
          id: `${userId}-post`,
          _deleted: false,
          _attachments: {},
          _rev: '1-test',
          _meta: { lwt: Date.now() },
        } as never,
      },
    ],
    'test',
  );
  await db.close();
}

describe('removeUserDatabases', () => {
  it('removes every database of the user and leaves another user’s', async () => {
    await userWithPosts('nurse');
    await userWithPosts('doctor');
    expect((await names()).filter((name) => name.includes('nurse'))).not.toEqual([]);

    await removeUserDatabases('nurse');

    const left = await names();
    expect(left.filter((name) => name.includes('nurse'))).toEqual([]);
    expect(left.filter((name) => name.includes('doctor'))).not.toEqual([]);
  });

  it('opens no database on a device that holds none of the user’s', async () => {
    await userWithPosts('doctor');
    opened = [];

    await removeUserDatabases('nurse');

    expect(opened).toEqual([]);
    expect((await names()).filter((name) => name.includes('nurse'))).toEqual([]);
  });
});
