/**
 * In the style of RxDB's and PouchDB's replication suites: several devices write posts, edits and
 * comments while requests fail before reaching the server, fail after it committed, arrive twice
 * and out of order. In the end every write a device accepted is on the server exactly once and all
 * replicas equal the server.
 */
import { afterEach, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { comments, posts } from '@/server/db/schema';
import { openTestDatabase } from '@/tests/support/test-database';
import { closeDevice, createTeam, newPost, openDevice, settle, type Device } from './offline-world';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let devices: Device[] = [];
let close: (() => void) | null = null;
afterEach(async () => {
  for (const device of devices) await closeDevice(device);
  devices = [];
  close?.();
});

it.each([1, 2, 3])(
  'converges with nothing lost or doubled (seed %i)',
  async (seed) => {
    const random = mulberry32(seed);
    const test = openTestDatabase();
    const db: Db = test.db;
    close = test.close;
    const logins = ['nurse', 'doctor', 'caremanager'];
    const { world, patientId } = await createTeam(db, logins);
    // Three devices of four collections each stay under the open edition's limit of open collections.
    devices = await Promise.all(
      logins.map((login) => openDevice(db, world.users[login]!.id, login, ['patients', 'members', 'posts', 'comments'])),
    );
    for (const device of devices) device.transport.faults = { random, failBefore: 0.2, failAfter: 0.2, duplicate: 0.25, maxDelayMs: 15 };

    const created = new Set<string>();
    const lastBody = new Map<string, string>();
    const writtenBodies = new Map<string, Set<string>>();
    const createdComments = new Set<string>();

    for (let step = 0; step < 40; step += 1) {
      const device = devices[Math.floor(random() * devices.length)]!;
      const roll = random();
      const mine = await device.rxdb.posts.find({ selector: { authorId: device.userId } }).exec();
      if (roll < 0.55 || mine.length === 0) {
        const post = newPost(patientId, device.userId, `step ${step} by ${device.userId.slice(0, 4)}`);
        await device.rxdb.posts.insert(post);
        created.add(post.id);
        lastBody.set(post.id, post.body);
        writtenBodies.set(post.id, new Set([post.body]));
      } else if (roll < 0.8) {
        const target = mine[Math.floor(random() * mine.length)]!;
        const body = `edit ${step} of ${target.id.slice(0, 4)}`;
        await target.incrementalPatch({ body, updatedAt: 0 });
        lastBody.set(target.id, body);
        writtenBodies.get(target.id)?.add(body);
      } else {
        const visible = await device.rxdb.posts.find().exec();
        const target = visible[Math.floor(random() * visible.length)];
        if (target) {
          const id = crypto.randomUUID();
          await device.rxdb.comments.insert({
            id,
            postId: target.id,
            patientId,
            authorId: device.userId,
            body: `comment ${step}`,
            clientCreatedAt: Date.now(),
            serverCreatedAt: null,
            retractedAt: null,
            retractedBy: null,
            updatedAt: 0,
          });
          createdComments.add(id);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 10)));
    }

    for (const device of devices) device.transport.faults = null;
    await settle(devices);

    const serverPosts = db.select().from(posts).all();
    expect(serverPosts.map((row) => row.id).sort()).toEqual([...created].sort());
    for (const row of serverPosts) {
      expect(row.body).toBe(lastBody.get(row.id));
    }
    expect(
      db
        .select()
        .from(comments)
        .all()
        .map((row) => row.id)
        .sort(),
    ).toEqual([...createdComments].sort());

    const serverView = (await devices[0]!.rxdb.posts.find().exec()).map((doc) => doc.toJSON());
    for (const doc of serverView) {
      // Every earlier version kept is one its author really wrote.
      for (const version of doc.history) expect(writtenBodies.get(doc.id)?.has(version.body)).toBe(true);
    }
    const summary = (docs: Array<{ id: string; body: string; revision: number; updatedAt: number }>) =>
      docs.map(({ id, body, revision, updatedAt }) => ({ id, body, revision, updatedAt })).sort((a, b) => a.id.localeCompare(b.id));
    const expected = summary(serverPosts.map((row) => ({ id: row.id, body: row.body, revision: row.revision, updatedAt: row.seq })));
    for (const device of devices) {
      const replica = (await device.rxdb.posts.find().exec()).map((doc) => doc.toJSON());
      expect(summary(replica)).toEqual(expected);
      expect(await device.rxdb.comments.count().exec()).toBe(createdComments.size);
    }
  },
  60_000,
);
