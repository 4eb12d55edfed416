/** The timeline's window: the newest `size` posts, found by walking the (patient, time) index backwards, and whether any lie before it. */
import { IDBIndex } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findTimelineWindow } from '@/app/(signed-in)/patient/_lib/timeline-window';
import type { PostCategory } from '@/lib/domain/categories';
import { newPost } from '@/tests/integration/offline/offline-world';
import { openDeviceDb, type DeviceDb } from '@/tests/support/device-db';

const minute = 60_000;
const patientId = crypto.randomUUID();
const otherPatient = crypto.randomUUID();
const densePatient = crypto.randomUUID();
const tiedPatient = crypto.randomUUID();
const authorId = crypto.randomUUID();
let device: DeviceDb;
const times: number[] = [];

beforeAll(async () => {
  device = await openDeviceDb();
  const now = Date.now();
  // 300 posts over about a month, irregularly spaced, every fifth a handover; and another patient's.
  const posts = Array.from({ length: 300 }, (_, index) => {
    const clientCreatedAt = now - index * 137 * minute - (index % 7) * 11 * minute;
    times.push(clientCreatedAt);
    const category: PostCategory = index % 5 === 0 ? 'handover' : 'message';
    return { ...newPost(patientId, authorId, `post ${index}`), clientCreatedAt, category };
  });
  const others = Array.from({ length: 50 }, (_, index) => ({
    ...newPost(otherPatient, authorId, `other ${index}`),
    clientCreatedAt: now - index * minute,
  }));
  // 3,000 posts a second apart, the last a minute ago: 60 posts a minute (an imported history).
  const dense = Array.from({ length: 3_000 }, (_, index) => ({
    ...newPost(densePatient, authorId, `dense ${index}`),
    clientCreatedAt: now - minute - index * 1_000,
  }));
  // 80 posts, the 50th to 70th newest written in the same millisecond (an import, a clock's step).
  const tied = Array.from({ length: 80 }, (_, index) => ({
    ...newPost(tiedPatient, authorId, `tied ${index}`),
    clientCreatedAt: now - (index < 49 ? index : index < 70 ? 49 : index - 20) * minute,
  }));
  await device.db.posts.bulkInsert([...posts, ...others, ...dense, ...tied]);
});

afterAll(async () => {
  await device.close();
});

/** `getAllRecords` (Chrome 141, fake-indexeddb): one read; without it (Safari, Firefox), a cursor's walk. */
const withGetAllRecords = [true, false] as const;
describe.each(withGetAllRecords)('findTimelineWindow (the browser has getAllRecords: %s)', (hasGetAllRecords) => {
  const prototype = IDBIndex.prototype as unknown as { getAllRecords?: unknown };
  const getAllRecords = prototype.getAllRecords;
  beforeAll(() => {
    if (!hasGetAllRecords) delete prototype.getAllRecords;
  });
  afterAll(() => {
    prototype.getAllRecords = getAllRecords;
  });

  it('reads the window in one request where it can, and walks a cursor where it cannot', async () => {
    const read = hasGetAllRecords ? vi.spyOn(prototype as { getAllRecords: () => unknown }, 'getAllRecords') : null;
    const walk = vi.spyOn(IDBIndex.prototype, 'openKeyCursor');
    await findTimelineWindow(device.db, densePatient, 60, null);
    if (read) expect(read).toHaveBeenCalledTimes(1);
    expect(walk).toHaveBeenCalledTimes(hasGetAllRecords ? 0 : 1);
    read?.mockRestore();
    walk.mockRestore();
  });

  it('holds at least the newest 60 posts, a few more at most, and counts those before it', async () => {
    const window = await findTimelineWindow(device.db, patientId, 60, null);
    const inWindow = times.filter((time) => time >= window.since).length;
    expect(inWindow).toBeGreaterThanOrEqual(60);
    expect(inWindow).toBeLessThanOrEqual(90);
    expect(window.hasEarlier).toBe(true);
  });

  it('holds exactly the newest 60 posts of a timeline with 60 posts a minute, read from the index without an RxDB query', async () => {
    const find = vi.spyOn(device.db.posts, 'find');
    const findOne = vi.spyOn(device.db.posts, 'findOne');
    const window = await findTimelineWindow(device.db, densePatient, 60, null);
    expect(find).not.toHaveBeenCalled();
    expect(findOne).not.toHaveBeenCalled();
    find.mockRestore();
    findOne.mockRestore();
    const inWindow = await device.db.posts.count({ selector: { patientId: densePatient, clientCreatedAt: { $gte: window.since } } }).exec();
    expect(inWindow).toBe(60);
    expect(window.hasEarlier).toBe(true);
  });

  it('keeps posts of the same time together at the start of the window', async () => {
    const window = await findTimelineWindow(device.db, tiedPatient, 60, null);
    const inWindow = await device.db.posts.count({ selector: { patientId: tiedPatient, clientCreatedAt: { $gte: window.since } } }).exec();
    // All 21 posts of the shared time, not 11 of them: the window cannot start inside a millisecond.
    expect(inWindow).toBe(70);
    expect(window.hasEarlier).toBe(true);
    expect(await findTimelineWindow(device.db, tiedPatient, 80, null)).toEqual({ since: 0, hasEarlier: false });
  });

  it('is the whole timeline when it is short', async () => {
    expect(await findTimelineWindow(device.db, otherPatient, 60, null)).toEqual({ since: 0, hasEarlier: false });
  });

  it('filtered by category, starts at the 40th newest post of that category and says there are earlier ones', async () => {
    const window = await findTimelineWindow(device.db, patientId, 40, 'handover');
    const handovers = times.filter((_, index) => index % 5 === 0).sort((a, b) => b - a);
    expect(window.since).toBe(handovers[39]);
    expect(window.hasEarlier).toBe(true);
    expect(await findTimelineWindow(device.db, patientId, 60, 'handover')).toEqual({ since: 0, hasEarlier: false });
  });

  it('reaches back to a post opened from a search, and says whether any lie before it', async () => {
    const reaching = times[200] ?? 0;
    const window = await findTimelineWindow(device.db, patientId, 60, null, reaching);
    expect(window).toEqual({ since: reaching, hasEarlier: true });
    const oldest = Math.min(...times);
    expect(await findTimelineWindow(device.db, patientId, 60, null, oldest)).toEqual({ since: oldest, hasEarlier: false });
    // A post already inside the window changes nothing: the window starts before it.
    const newest = times[0] ?? 0;
    expect((await findTimelineWindow(device.db, patientId, 60, null, newest)).since).toBeLessThan(newest);
  });
});
