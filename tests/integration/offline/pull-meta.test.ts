/**
 * The replication's meta store holds no row for a document as the pull wrote it (lib/offline/pull-meta.ts),
 * and still: an edit is pushed, a newer server state reaches an unchanged document, an edit not yet
 * pushed is not overwritten, and a restart after the pull does not push what the device never changed.
 */
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { encryptedRxStorage } from '@/lib/offline/encryption/encrypted-rx-storage';
import { notYetSynced } from '@/lib/offline/mutators';
import { metaStoreName } from '@/lib/offline/pull-meta';
import { startReplication } from '@/lib/offline/replication';
import { posts } from '@/server/db/schema';
import { closeDevice, createTeam, freshWorldPerTest, newPost, openDevice, settle, testDeviceKey } from './offline-world';

const world = freshWorldPerTest();

/** The rows of a collection's meta store as IndexedDB holds them. */
async function metaRows(indexedDB: IDBFactory, collection: string, remove?: string): Promise<Array<{ id: string }>> {
  const end = `--${await metaStoreName(collection)}`;
  const name = (await indexedDB.databases()).map((each) => each.name ?? '').find((each) => each.endsWith(end));
  if (!name) return [];
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const transaction = db.transaction('docs', 'readwrite');
      if (remove) transaction.objectStore('docs').delete(remove);
      const all = transaction.objectStore('docs').getAll();
      transaction.oncomplete = () => {
        db.close();
        resolve(all.result as Array<{ id: string }>);
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

/** A post the user wrote on another device: on the server, not on this one. */
async function postedElsewhere(device: Awaited<ReturnType<typeof openDevice>>, post: ReturnType<typeof newPost>) {
  await device.transport.push({
    protocolVersion: 1,
    collection: 'posts',
    rows: [{ newDocumentState: { ...post, _deleted: false }, assumedMasterState: null }],
  });
  return post;
}

/** A nurse and a doctor on one patient's team; the doctor's device has sent three posts. */
async function threePostsFromTheDoctor() {
  const { world: team, patientId } = await createTeam(world.db, ['nurse', 'doctor']);
  const doctor = await openDevice(world.db, team.users.doctor!.id, 'doctor');
  world.devices.push(doctor);
  for (const body of ['一', '二', '三']) await doctor.rxdb.posts.insert(newPost(patientId, doctor.userId, body));
  await settle([doctor]);
  return team;
}

const bodyOnServer = (db: typeof world.db, id: string) => db.select().from(posts).where(eq(posts.id, id)).get();

describe('a replication meta store without rows for documents as pulled', () => {
  it('stores no row for the posts a first sync brings, only its pull’s checkpoint', async () => {
    const team = await threePostsFromTheDoctor();

    const indexedDB = new IDBFactory();
    const nurse = await openDevice(world.db, team.users.nurse!.id, 'nurse', undefined, { indexedDB });
    world.devices.push(nurse);
    await settle([nurse]);
    expect(await nurse.rxdb.posts.count().exec()).toBe(3);
    // Its push found nothing of the device's own to walk (filled posts are in no write-time index): no checkpoint of its own.
    expect((await metaRows(indexedDB, 'posts')).map((row) => row.id).sort()).toEqual(['down|1']);
  });

  it('reads no meta row one by one in a first sync, and each post it brings once, neither after it', async () => {
    const { world: team, patientId } = await createTeam(world.db, ['nurse', 'doctor']);
    const doctor = await openDevice(world.db, team.users.doctor!.id, 'doctor', undefined, { deferStart: true });
    world.devices.push(doctor);
    const count = 200;
    await doctor.transport.push({
      protocolVersion: 1,
      collection: 'posts',
      rows: Array.from({ length: count }, (_, index) => ({
        newDocumentState: { ...newPost(patientId, doctor.userId, `記録 ${index}`), _deleted: false },
        assumedMasterState: null,
      })),
    });

    // Every read of one key, by the database it reads.
    const reads = new Map<string, number>();
    const readOne = IDBObjectStore.prototype.get;
    const get = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key) {
      const name = this.transaction.db.name;
      reads.set(name, (reads.get(name) ?? 0) + 1);
      return readOne.call(this, key);
    });
    const nurse = await openDevice(world.db, team.users.nurse!.id, 'nurse');
    world.devices.push(nurse);
    await settle([nurse]);
    get.mockRestore();
    expect(await nurse.rxdb.posts.count().exec()).toBe(count);
    const metaStore = await metaStoreName('posts');
    const readsOf = (match: (name: string) => boolean) =>
      [...reads.entries()].filter(([name]) => match(name)).reduce((sum, [, n]) => sum + n, 0);
    expect(readsOf((name) => name.endsWith(`--${metaStore}`))).toBeLessThan(10);
    // The first sync inserts them straight in (lib/offline/first-fill.ts, ./fresh-inserts.ts), without
    // a look at what the store holds. The push's start-up walk after it answers the rows it asks for
    // from the documents it has just read (until stop 37: one read a post, stop 36 three, stop 35 six).
    expect(readsOf((name) => name.endsWith('--posts'))).toBeLessThan(10);
  });

  it('pushes an edit of a pulled post, and brings a newer server state to a pulled post left alone', async () => {
    const { world: team, patientId } = await createTeam(world.db, ['nurse', 'doctor']);
    const tabletStore = new IDBFactory();
    const tablet = await openDevice(world.db, team.users.nurse!.id, 'nurse', undefined, { indexedDB: tabletStore, deferStart: true });
    const doctor = await openDevice(world.db, team.users.doctor!.id, 'doctor');
    world.devices.push(tablet, doctor);
    // The nurse's post, written elsewhere: the tablet and the doctor's PC pull it.
    const post = await postedElsewhere(tablet, newPost(patientId, tablet.userId, '訪問は15時'));
    tablet.replication.start();
    await settle([tablet, doctor]);
    expect((await metaRows(tabletStore, 'posts')).map((row) => row.id)).not.toContain(`${post.id}|0`);

    // Edited on the tablet: pushed, on the server, and down to the doctor's pulled copy.
    await (await tablet.rxdb.posts.findOne(post.id).exec())!.incrementalPatch({ body: '訪問は16時', updatedAt: notYetSynced });
    await settle([tablet, doctor]);
    expect(bodyOnServer(world.db, post.id)?.body).toBe('訪問は16時');
    expect((await doctor.rxdb.posts.findOne(post.id).exec())?.body).toBe('訪問は16時');
    // Once pushed, the tablet keeps the server's state of it as a row again.
    expect((await metaRows(tabletStore, 'posts')).map((row) => row.id)).toContain(`${post.id}|0`);
  });

  it('does not overwrite an edit not yet pushed with a newer server state, and loses neither text', async () => {
    const { world: team, patientId } = await createTeam(world.db, ['nurse']);
    const tablet = await openDevice(world.db, team.users.nurse!.id, 'nurse', undefined, { deferStart: true });
    world.devices.push(tablet);
    const post = await postedElsewhere(tablet, newPost(patientId, tablet.userId, '訪問は15時'));
    tablet.replication.start();
    await settle([tablet]);

    // Offline, the tablet edits the post it pulled; meanwhile the nurse's PC edits it too.
    await tablet.replication.stop();
    const pulledCopy = await tablet.rxdb.posts.findOne(post.id).exec();
    const asPulled = pulledCopy!.toJSON();
    await pulledCopy!.incrementalPatch({ body: '訪問は17時', updatedAt: notYetSynced });
    await tablet.transport.push({
      protocolVersion: 1,
      collection: 'posts',
      rows: [{ newDocumentState: { ...asPulled, body: '訪問は16時' }, assumedMasterState: asPulled }],
    });
    expect(bodyOnServer(world.db, post.id)?.body).toBe('訪問は16時');

    // Back online: the pull must not take the PC's version over the tablet's unsent edit.
    tablet.replication = startReplication(tablet.rxdb, tablet.transport, { retryTimeMs: 30 });
    await settle([tablet]);
    // The server keeps every version pushed; the tablet holds its state, history included.
    const final = (await tablet.rxdb.posts.findOne(post.id).exec())!;
    expect(final.body).toBe(bodyOnServer(world.db, post.id)?.body);
    expect(final.updatedAt).toBeGreaterThan(0);
    expect([final.body, ...final.history.map((version) => version.body)].sort()).toEqual(['訪問は15時', '訪問は16時', '訪問は17時']);
  });

  it('after a restart that lost the push checkpoint, does not push the posts it only pulled', async () => {
    const team = await threePostsFromTheDoctor();

    const indexedDB = new IDBFactory();
    const key = await testDeviceKey();
    const wrap = (storage: Parameters<typeof encryptedRxStorage>[0]) => encryptedRxStorage(storage, key);
    const first = await openDevice(world.db, team.users.nurse!.id, 'nurse', undefined, { indexedDB, wrap });
    await settle([first]);
    await closeDevice(first);
    // As if the app stopped before the push side had stored how far it had looked.
    await metaRows(indexedDB, 'posts', 'up|1');

    const again = await openDevice(world.db, team.users.nurse!.id, 'nurse', undefined, { indexedDB, wrap, deferStart: true });
    world.devices.push(again);
    const push = vi.spyOn(again.transport, 'push');
    again.replication.start();
    await settle([again]);
    const pushedPosts = push.mock.calls.filter(([request]) => request.collection === 'posts').flatMap(([request]) => request.rows);
    expect(pushedPosts).toEqual([]);
    expect(await again.rxdb.posts.count().exec()).toBe(3);
    expect(await again.rxdb.posts.count({ selector: { updatedAt: notYetSynced } }).exec()).toBe(0);
  });
});
