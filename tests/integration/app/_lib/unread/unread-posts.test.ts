/**
 * What's new's queries on a device's own (encrypted) database, fed by the real server: which posts
 * count as unread for me, that a private post not addressed to me is never among them (the server
 * does not send it; one on the device regardless is still left out), that reading goes through
 * the read receipts and syncs, and that the first step opens only what arrived last, after the
 * first screen has painted. New comments on posts: new-comments.test.ts.
 */
import { filter, firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { findRecentWindow } from '@/app/_lib/unread/recent-window';
import { unreadPostsWhere, watchUnreadPosts, type UnreadPosts } from '@/app/_lib/unread/unread-posts';
import { markRead } from '@/lib/offline/mutators';
import { addTeamMember } from '@/server/services/care-teams/add-team-member';
import { registerPatient } from '@/server/services/patients/register-patient';
import { createTeam, freshWorldPerTest, newPost, openDevice, serviceOptionsFor, settle } from '@/tests/integration/offline/offline-world';
import { teamWithPosts, unreadBodies, writerOf } from './unread-world';

const fresh = freshWorldPerTest();

describe('unread posts on a device', () => {
  it('are others’ posts I may see, newest first; never my own, never a private post not to me', async () => {
    const { doctor } = await teamWithPosts(fresh);
    const unread = await firstValueFrom(unreadPostsWhere(doctor.rxdb, doctor.userId, {}));
    expect(unread.map((post) => post.body)).toEqual(['private to the doctor', 'team post']);
    // The private post to the pharmacist never reached the doctor's device at all.
    expect(await doctor.rxdb.posts.count().exec()).toBe(3);
  });

  it('leave out a private post not to me even when one is on the device', async () => {
    const { doctor, patientId, pharmacistId, nurse } = await teamWithPosts(fresh);
    await doctor.rxdb.posts.upsert({
      ...newPost(patientId, nurse.userId, 'stray private post'),
      visibility: 'private',
      recipientIds: [pharmacistId],
      updatedAt: 999_999,
    });
    expect(await unreadBodies(doctor)).toEqual(['private to the doctor', 'team post']);
  });

  it('are read through read receipts, live, and the receipts reach my other devices', async () => {
    const { world, doctor } = await teamWithPosts(fresh);
    const emissions = unreadPostsWhere(doctor.rxdb, doctor.userId, {}).pipe(
      filter((posts) => posts.length === 0),
      take(1),
      toArray(),
    );
    const unread = await firstValueFrom(unreadPostsWhere(doctor.rxdb, doctor.userId, {}));
    await markRead(
      writerOf(doctor),
      unread[0]!.patientId,
      unread.map((post) => post.id),
    );
    expect(await firstValueFrom(emissions)).toEqual([[]]);

    await settle([doctor]);
    const otherDevice = await openDevice(fresh.db, world.users.doctor!.id, 'doctor');
    fresh.devices.push(otherDevice);
    await settle([otherDevice]);
    expect(await unreadBodies(otherDevice)).toEqual([]);
  });

  it('cover every patient of mine, whoever registered them', async () => {
    const { doctor, nurse } = await teamWithPosts(fresh);
    const second = registerPatient(serviceOptionsFor(fresh.db, nurse.userId), {
      name: '佐藤 一郎',
      nameKana: 'サトウ イチロウ',
      birthDate: '1940-02-02',
      sex: 'male',
      address: '',
      phone: '',
      keyPersonName: '',
      keyPersonRelation: '',
      keyPersonPhone: '',
      notes: '',
      consentObtainedOn: '2026-11-01',
    });
    addTeamMember(serviceOptionsFor(fresh.db, nurse.userId), { patientId: second.id, userId: doctor.userId, role: 'member' });
    await nurse.rxdb.posts.insert(newPost(second.id, nurse.userId, 'second patient'));
    await settle([nurse, doctor]);
    const unread = await firstValueFrom(unreadPostsWhere(doctor.rxdb, doctor.userId, {}));
    expect(new Set(unread.map((post) => post.patientId)).size).toBe(2);
    expect(unread[0]?.body).toBe('second patient');
  });
});

describe('the recent window', () => {
  it('is the last posts to arrive, as many as asked, read off the IndexedDB index without opening any', async () => {
    const { world, patientId } = await createTeam(fresh.db, ['nurse', 'doctor']);
    const nurse = await openDevice(fresh.db, world.users.nurse!.id, 'nurse');
    const doctor = await openDevice(fresh.db, world.users.doctor!.id, 'doctor');
    fresh.devices.push(nurse, doctor);
    for (let batch = 0; batch < 5; batch += 1) {
      await nurse.rxdb.posts.bulkInsert(
        Array.from({ length: 10 }, (_, index) => newPost(patientId, nurse.userId, `batch ${batch} post ${index}`)),
      );
      await settle([nurse]);
    }
    await settle([nurse, doctor]);
    const windowOf = async (size: number) =>
      (await doctor.rxdb.posts.find({ selector: { updatedAt: { $gte: await findRecentWindow(doctor.rxdb, size) } } }).exec()).map(
        (post) => post.body,
      );
    const decrypted = vi.spyOn(crypto.subtle, 'decrypt');
    const since = await findRecentWindow(doctor.rxdb, 10);
    expect(decrypted).not.toHaveBeenCalled();
    decrypted.mockRestore();
    expect(since).toBeGreaterThan(1);
    // Exactly the newest batch: the sequence numbers are one a document.
    const bodies = await windowOf(10);
    expect(bodies).toHaveLength(10);
    expect(bodies.every((body) => body.startsWith('batch 4'))).toBe(true);
    expect((await windowOf(15)).filter((body) => body.startsWith('batch 3'))).toHaveLength(5);
    expect(await findRecentWindow(doctor.rxdb, 50)).toBeGreaterThan(1);
    expect(await findRecentWindow(doctor.rxdb, 51)).toBe(1);
    expect(await findRecentWindow(doctor.rxdb, 100)).toBe(1);
    // Where the storage is not IndexedDB's: RxDB's counts, at least as many as asked and at most twice.
    const settings = (doctor.rxdb.storage as unknown as { settings: { indexedDB?: unknown } }).settings;
    const indexedDB = settings.indexedDB;
    settings.indexedDB = undefined;
    try {
      const counted = await windowOf(10);
      expect(counted.length).toBeGreaterThanOrEqual(10);
      expect(counted.length).toBeLessThanOrEqual(20);
      expect(counted.filter((body) => body.startsWith('batch 4'))).toHaveLength(10);
      expect(counted.every((body) => body.startsWith('batch 4') || body.startsWith('batch 3'))).toBe(true);
      expect(await findRecentWindow(doctor.rxdb, 100)).toBe(1);
    } finally {
      settings.indexedDB = indexedDB;
    }
  });

  it('leaves out deleted documents and my own not yet sent', async () => {
    const { world, patientId } = await createTeam(fresh.db, ['nurse', 'doctor']);
    const nurse = await openDevice(fresh.db, world.users.nurse!.id, 'nurse');
    const doctor = await openDevice(fresh.db, world.users.doctor!.id, 'doctor');
    fresh.devices.push(nurse, doctor);
    await nurse.rxdb.posts.bulkInsert(Array.from({ length: 6 }, (_, index) => newPost(patientId, nurse.userId, `sent ${index}`)));
    await settle([nurse, doctor]);
    // Offline now: the newest post removed on the doctor's device, and two of the doctor's own, not sent (updatedAt 0).
    await doctor.replication.stop();
    const arrivals = (await doctor.rxdb.posts.find().exec()).sort((a, b) => b.updatedAt - a.updatedAt);
    await arrivals[0]?.remove();
    await doctor.rxdb.posts.bulkInsert(Array.from({ length: 2 }, (_, index) => newPost(patientId, doctor.userId, `unsent ${index}`)));
    const since = await findRecentWindow(doctor.rxdb, 2);
    const bodies = (await doctor.rxdb.posts.find({ selector: { updatedAt: { $gte: since } } }).exec()).map((post) => post.body);
    expect(bodies.sort()).toEqual([arrivals[1]?.body, arrivals[2]?.body].sort());
  });

  it('gives the newest unread first, then every unread post', async () => {
    const { world, patientId } = await createTeam(fresh.db, ['nurse', 'doctor']);
    const nurse = await openDevice(fresh.db, world.users.nurse!.id, 'nurse');
    const doctor = await openDevice(fresh.db, world.users.doctor!.id, 'doctor');
    fresh.devices.push(nurse, doctor);
    const now = Date.now();
    await nurse.rxdb.posts.bulkInsert(
      Array.from({ length: 320 }, (_, index) => ({
        ...newPost(patientId, nurse.userId, `post ${index}`),
        clientCreatedAt: now - (320 - index) * 1000,
      })),
    );
    await settle([nurse, doctor]);
    const [recent, all] = await firstValueFrom(
      watchUnreadPosts(doctor.rxdb, doctor.userId, { delayMs: 0, windowSize: 50 }).pipe(take(2), toArray()),
    );
    expect(recent?.complete).toBe(false);
    expect(recent?.posts.length).toBeGreaterThanOrEqual(50);
    expect(recent?.posts.length).toBeLessThanOrEqual(100);
    // The window is the last posts to reach the device (by the server's sequence, which follows the
    // order the nurse's device pushed them in, not their times), newest news first.
    const arrivals = (await doctor.rxdb.posts.find().exec()).sort((a, b) => b.updatedAt - a.updatedAt);
    const shown = recent?.posts ?? [];
    expect(new Set(shown.map((post) => post.id))).toEqual(new Set(arrivals.slice(0, shown.length).map((post) => post.id)));
    const newsTimes = shown.map((post) => post.newsAt);
    expect(newsTimes).toEqual([...newsTimes].sort((a, b) => b - a));
    expect(all?.complete).toBe(true);
    expect(all?.posts).toHaveLength(320);
  });

  it('asked to wait for the first screen, reads nothing before it has painted', async () => {
    const { world, patientId } = await createTeam(fresh.db, ['nurse', 'doctor']);
    const nurse = await openDevice(fresh.db, world.users.nurse!.id, 'nurse');
    const doctor = await openDevice(fresh.db, world.users.doctor!.id, 'doctor');
    fresh.devices.push(nurse, doctor);
    await nurse.rxdb.posts.insert(newPost(patientId, nurse.userId, 'after the paint'));
    await settle([nurse, doctor]);
    let painted: () => void = () => undefined;
    const firstScreen = new Promise<void>((resolve) => {
      painted = resolve;
    });
    const count = vi.spyOn(doctor.rxdb.posts, 'count');
    const emitted: UnreadPosts[] = [];
    const subscription = watchUnreadPosts(doctor.rxdb, doctor.userId, { delayMs: 60_000, windowSize: 20, firstScreen }).subscribe((next) =>
      emitted.push(next),
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(count).not.toHaveBeenCalled();
      expect(emitted).toEqual([]);
      painted();
      await vi.waitFor(() => expect(emitted).toHaveLength(1));
      expect(emitted[0]?.posts.map((post) => post.body)).toEqual(['after the paint']);
    } finally {
      subscription.unsubscribe();
      count.mockRestore();
    }
  });
});
