/** Each patient's newest post time, read from the posts' (patient, time) index one step per patient (lib/offline/posts-time-index.ts). */
import { IDBIndex } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { watchNewestTimes } from '@/app/(signed-in)/patients/_lib/newest-times';
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

describe('watchNewestTimes', () => {
  it('moves a patient’s time on as posts come, without walking the index again, and walks it again when a post leaves the device', async () => {
    const seen: Array<ReadonlyMap<string, number>> = [];
    const keys = vi.spyOn(IDBIndex.prototype, 'openKeyCursor');
    const watching = watchNewestTimes(device.db).subscribe((times) => seen.push(times));
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual(newestTimesOf(await device.db.posts.find().exec()));
    expect(keys).toHaveBeenCalledTimes(1);

    // New posts, and an edit of an old one: each patient's time moves on, the index is not walked.
    const later = Date.now() + 10 * minute;
    const [, second, third] = patients as [string, string, string];
    await device.db.posts.bulkInsert([
      { ...newPost(second, authorId, 'a visit'), clientCreatedAt: later },
      { ...newPost(third, authorId, 'a call'), clientCreatedAt: later + minute },
    ]);
    await vi.waitFor(() => expect(seen.at(-1)?.get(third)).toBe(later + minute));
    expect(seen.at(-1)?.get(second)).toBe(later);
    const [old] = await device.db.posts.find({ selector: { patientId: third }, sort: [{ clientCreatedAt: 'asc' }], limit: 1 }).exec();
    await old?.incrementalPatch({ body: 'edited' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen.at(-1)?.get(third)).toBe(later + minute);
    expect(keys).toHaveBeenCalledTimes(1);

    // A post removed: the index is walked again, and the patient's time falls back.
    const [newest] = await device.db.posts.find({ selector: { patientId: third }, sort: [{ clientCreatedAt: 'desc' }], limit: 1 }).exec();
    await newest?.remove();
    await vi.waitFor(() => expect(seen.at(-1)?.get(third)).toBeLessThan(later));
    expect(keys).toHaveBeenCalledTimes(2);
    expect(seen.at(-1)).toEqual(newestTimesOf(await device.db.posts.find().exec()));
    watching.unsubscribe();
    keys.mockRestore();
  });
});
