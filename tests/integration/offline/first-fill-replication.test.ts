/**
 * The replication after a first sync written straight in (lib/offline/first-fill.ts): RxDB's pull
 * takes over where the fill stopped, keeping an edit made meanwhile; a stop does not wait for a pull
 * that never answers; a fill cut off goes on from its last stored batch at the next start.
 */
import { eq } from 'drizzle-orm';
import { IDBFactory } from 'fake-indexeddb';
import type { RxStorage } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { encryptedRxStorage } from '@/lib/offline/encryption/encrypted-rx-storage';
import { isFilling, whenFilled } from '@/lib/offline/fill-state';
import { posts as postsTable } from '@/server/db/schema';
import {
  closeDevice,
  createTeam,
  freshWorldPerTest,
  newPost,
  openDevice,
  settle,
  testDeviceKey,
  writePostsThrough,
  type Device,
} from './offline-world';

type TabletOptions = NonNullable<Parameters<typeof openDevice>[4]>;

const world = freshWorldPerTest();

/**
 * The nurse's new tablet, its replication not started, two posts a pull; the posts `bodies`, written
 * on her PC, are on the server.
 */
async function newTabletWithPostsOnServer(
  bodies: string[],
  storage: Pick<TabletOptions, 'indexedDB' | 'wrap' | 'firstFillProgressEveryMs'> = {},
): Promise<Device> {
  const { world: team, patientId } = await createTeam(world.db, ['nurse']);
  const tablet = await openDevice(world.db, team.users.nurse!.id, 'nurse', undefined, { deferStart: true, pullBatchSize: 2, ...storage });
  world.devices.push(tablet);
  await tablet.transport.push({
    protocolVersion: 1,
    collection: 'posts',
    rows: bodies.map((body) => ({
      newDocumentState: { ...newPost(patientId, tablet.userId, body), _deleted: false },
      assumedMasterState: null,
    })),
  });
  return tablet;
}

/** The line drops after the device's first `answered` pulls of posts: none after is ever answered. */
function lineDropsAfter(device: Device, answered: number): void {
  const pull = device.transport.pull.bind(device.transport);
  let postPulls = 0;
  device.transport.pull = (request) =>
    request.collection === 'posts' && (postPulls += 1) > answered ? new Promise<never>(() => undefined) : pull(request);
}

/** Waits until the device holds `count` posts. */
async function untilPosts(device: Device, count: number): Promise<void> {
  while ((await device.rxdb.posts.count().exec()) < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('the replication after a first sync written straight in', () => {
  it('takes over where the fill stopped, and an edit made on the device during it reaches the server with both texts kept', async () => {
    const tablet = await newTabletWithPostsOnServer(['一', '二', '三', '四', '五']);
    const pull = tablet.transport.pull.bind(tablet.transport);
    let postPulls = 0;
    let edited = '';
    tablet.transport.pull = async (request) => {
      if (request.collection === 'posts' && (postPulls += 1) === 2) {
        // Asked ahead while the first batch is being stored: once it is, the tablet edits one of its
        // posts, and the PC the same post on the server, so that a later batch brings it again.
        await untilPosts(tablet, 2);
        const onTablet = (await tablet.rxdb.posts.find().exec())[0]!;
        const asPulled = { ...onTablet.toJSON(), _deleted: false };
        edited = onTablet.id;
        await tablet.transport.push({
          protocolVersion: 1,
          collection: 'posts',
          rows: [{ newDocumentState: { ...asPulled, body: `${asPulled.body}（PCで追記）` }, assumedMasterState: asPulled }],
        });
        await onTablet.incrementalPatch({ body: `${onTablet.body}（タブレットで追記）` });
      }
      return pull(request);
    };
    tablet.replication.start();
    await settle([tablet]);

    expect(await tablet.rxdb.posts.count().exec()).toBe(5);
    const final = (await tablet.rxdb.posts.findOne(edited).exec())!.toJSON();
    expect(final.body).toContain('（タブレットで追記）');
    expect(final.history.map((version) => version.body)).toContainEqual(expect.stringContaining('（PCで追記）'));
    expect(world.db.select().from(postsTable).where(eq(postsTable.id, edited)).get()?.body).toBe(final.body);
  });

  it('brings every post in, pushing none back, when a batch did not go in while the one after it did', async () => {
    const tablet = await newTabletWithPostsOnServer(['一', '二', '三', '四', '五', '六']);
    const onServer = () => world.db.select({ id: postsTable.id, seq: postsTable.seq }).from(postsTable).all();
    const before = onServer();
    // The fill's second batch is refused once, as a whole (its third is handed over meanwhile and goes in).
    let batches = 0;
    writePostsThrough(tablet, async (write, rows, context) => {
      if (context.endsWith('first-fill') && (batches += 1) === 2) return { error: [{ status: 500 }] };
      return write(rows, context);
    });
    tablet.replication.start();
    await settle([tablet]);

    expect(batches).toBe(3);
    expect((await tablet.rxdb.posts.find().exec()).map((post) => post.body).sort()).toEqual(['一', '三', '二', '五', '六', '四'].sort());
    // What the tablet holds is the server's: nothing of it went back as a change.
    expect(onServer()).toEqual(before);
  });

  it('counts a collection as being filled from the replication’s start, before its first batch is in, to the fill’s end', async () => {
    const tablet = await newTabletWithPostsOnServer(['一', '二', '三', '四', '五']);
    // The posts' first batch is held: the screens' first queries come before it.
    const pull = tablet.transport.pull.bind(tablet.transport);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    tablet.transport.pull = async (request) => {
      if (request.collection === 'posts') await held;
      return pull(request);
    };
    tablet.replication.start();
    expect(isFilling(tablet.rxdb, ['posts'])).toBe(true);
    let waited = false;
    const filled = whenFilled(tablet.rxdb, ['posts']).then(() => (waited = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(waited).toBe(false);

    release();
    await filled;
    // A query over the whole collection started now reads every post once.
    expect(await tablet.rxdb.posts.count().exec()).toBe(5);
    expect(isFilling(tablet.rxdb, ['posts'])).toBe(false);
  });

  it('stops without waiting for a pull that never answers, and writes nothing after', async () => {
    const tablet = await newTabletWithPostsOnServer(['一', '二', '三']);
    lineDropsAfter(tablet, 1);
    tablet.replication.start();
    await untilPosts(tablet, 2);

    await tablet.replication.stop();
    expect(await tablet.rxdb.posts.count().exec()).toBe(2);
  });

  it('goes on from the last batch stored when a fill was cut off, at the next start', async () => {
    // One tablet's storage and data key, opened twice.
    const key = await testDeviceKey();
    const storage = {
      indexedDB: new IDBFactory(),
      wrap: (plain: RxStorage<unknown, unknown>) => encryptedRxStorage(plain, key),
      // Its checkpoint stored after every batch (every 2 s in the app).
      firstFillProgressEveryMs: 0,
    };
    const tablet = await newTabletWithPostsOnServer(['一', '二', '三', '四', '五'], storage);
    // The line drops after the second batch (the third is asked ahead and never answered); the app is closed.
    lineDropsAfter(tablet, 2);
    tablet.replication.start();
    await untilPosts(tablet, 4);
    await closeDevice(tablet);
    world.devices.splice(world.devices.indexOf(tablet), 1);

    const again = await openDevice(world.db, tablet.userId, 'nurse', undefined, { deferStart: true, pullBatchSize: 2, ...storage });
    world.devices.push(again);
    const asked: Array<number | null> = [];
    const pullAgain = again.transport.pull.bind(again.transport);
    again.transport.pull = (request) => {
      if (request.collection === 'posts') asked.push(request.checkpoint?.seq ?? null);
      return pullAgain(request);
    };
    again.replication.start();
    await settle([again]);

    expect(await again.rxdb.posts.count().exec()).toBe(5);
    // RxDB's pull began where the fill had stored its checkpoint, not from the start.
    expect(asked.length).toBeGreaterThan(0);
    expect(asked).not.toContain(null);
  });
});
