/** Each patient's newest post time, read from the posts' (patient, time) index one step per patient (lib/offline/posts-time-index.ts). */
import { IDBIndex } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newestTimesOf } from '@/app/(signed-in)/patients/_lib/patient-activity';
import { newestPostTimes } from '@/lib/offline/posts-time-index';
import { openDeviceDb, type DeviceDb } from '@/tests/support/device-db';
import { newPost } from './offline-world';

const minute = 60_000;
const authorId = crypto.randomUUID();
const patients = Array.from({ length: 12 }, () => crypto.randomUUID());
let device: DeviceDb;

beforeAll(async () => {
  device = await openDeviceDb();
  const now = Date.now();
  // Patients with 1 to 12 posts each, at times that do not follow the patients' order.
  const posts = patients.flatMap((patientId, p) =>
    Array.from({ length: p + 1 }, (_, index) => ({
      ...newPost(patientId, authorId, `post ${p}.${index}`),
      clientCreatedAt: now - ((p * 7) % 12) * 60 * minute - index * minute,
    })),
  );
  await device.db.posts.bulkInsert(posts);
  // The newest post of the fourth patient deleted, and the only post of the first.
  const [firstOnly] = posts.filter((post) => post.patientId === patients[0]);
  const fourth = posts.filter((post) => post.patientId === patients[3]).sort((a, b) => b.clientCreatedAt - a.clientCreatedAt);
  const gone = await device.db.posts.findByIds([firstOnly?.id ?? '', fourth[0]?.id ?? '']).exec();
  await Promise.all([...gone.values()].map((doc) => doc.remove()));
});

afterAll(async () => {
  await device.close();
});

describe('newestPostTimes', () => {
  it('gives each patient’s newest live post, as reading every post would, one step per patient', async () => {
    const expected = newestTimesOf(await device.db.posts.find().exec());
    const keys = vi.spyOn(IDBIndex.prototype, 'openKeyCursor');
    const newest = await newestPostTimes(device.db);
    expect(keys).toHaveBeenCalledTimes(1);
    keys.mockRestore();
    expect(newest).toEqual(expected);
    // Eleven patients: the first's only post is deleted; the fourth's time is its second newest.
    expect(newest?.size).toBe(11);
    expect(newest?.has(patients[0] ?? '')).toBe(false);
  });

  it('sees a new post at once', async () => {
    const post = { ...newPost(patients[5] ?? '', authorId, 'just now'), clientCreatedAt: Date.now() + minute };
    await device.db.posts.insert(post);
    expect((await newestPostTimes(device.db))?.get(post.patientId)).toBe(post.clientCreatedAt);
  });
});
