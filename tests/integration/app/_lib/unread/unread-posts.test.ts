/**
 * What's new's queries on a device's own (encrypted) database, fed by the real server: which posts
 * count as unread for me, that a private post not addressed to me is never among them (the server
 * does not send it; one on the device regardless is still left out), that reading goes through
 * the read receipts and syncs, that comments by others after my read (on my own posts too) are
 * news until I read the post again, and that the first step opens only what arrived last.
 */
import { firstValueFrom, filter, take, toArray } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { findRecentWindow } from '@/app/_lib/unread/recent-window';
import { newsWhere, unreadCount, unreadPostsWhere, watchUnreadPosts, type UnreadPosts } from '@/app/_lib/unread/unread-posts';
import { receiptId, type CommentDoc } from '@/lib/schemas/comment';
import { markRead, type Writer } from '@/lib/offline/mutators';
import { addTeamMember } from '@/server/services/care-teams/add-team-member';
import { registerPatient } from '@/server/services/patients/register-patient';
import {
  createTeam,
  freshWorldPerTest,
  newPost,
  openDevice,
  serviceOptionsFor,
  settle,
  type Device,
} from '@/tests/integration/offline/offline-world';

const fresh = freshWorldPerTest();

const unreadBodies = async (device: Device) =>
  (await firstValueFrom(unreadPostsWhere(device.rxdb, device.userId, {}))).map((post) => post.body).sort();

/** Nurse, doctor and pharmacist on one team; what the nurse writes, and to whom. */
async function teamWithPosts() {
  const { world, patientId } = await createTeam(fresh.db, ['nurse', 'doctor', 'pharmacist']);
  const [nurse, doctor] = [
    await openDevice(fresh.db, world.users.nurse!.id, 'nurse'),
    await openDevice(fresh.db, world.users.doctor!.id, 'doctor'),
  ];
  fresh.devices.push(nurse, doctor);
  const pharmacistId = world.users.pharmacist!.id;
  const at = Date.now() - 60_000;
  await nurse.rxdb.posts.bulkInsert([
    { ...newPost(patientId, nurse.userId, 'team post'), clientCreatedAt: at },
    {
      ...newPost(patientId, nurse.userId, 'private to the doctor'),
      visibility: 'private',
      recipientIds: [doctor.userId],
      clientCreatedAt: at + 1,
    },
    {
      ...newPost(patientId, nurse.userId, 'private to the pharmacist'),
      visibility: 'private',
      recipientIds: [pharmacistId],
      clientCreatedAt: at + 2,
    },
  ]);
  await doctor.rxdb.posts.insert({ ...newPost(patientId, doctor.userId, 'the doctor’s own post'), clientCreatedAt: at + 3 });
  await settle([nurse, doctor]);
  return { world, patientId, nurse, doctor, pharmacistId };
}

describe('unread posts on a device', () => {
  it('are others’ posts I may see, newest first; never my own, never a private post not to me', async () => {
    const { doctor } = await teamWithPosts();
    const unread = await firstValueFrom(unreadPostsWhere(doctor.rxdb, doctor.userId, {}));
    expect(unread.map((post) => post.body)).toEqual(['private to the doctor', 'team post']);
    // The private post to the pharmacist never reached the doctor's device at all.
    expect(await doctor.rxdb.posts.count().exec()).toBe(3);
  });

  it('leave out a private post not to me even when one is on the device', async () => {
    const { doctor, patientId, pharmacistId, nurse } = await teamWithPosts();
    await doctor.rxdb.posts.upsert({
      ...newPost(patientId, nurse.userId, 'stray private post'),
      visibility: 'private',
      recipientIds: [pharmacistId],
      updatedAt: 999_999,
    });
    expect(await unreadBodies(doctor)).toEqual(['private to the doctor', 'team post']);
  });

  it('are read through read receipts, live, and the receipts reach my other devices', async () => {
    const { world, doctor } = await teamWithPosts();
    const emissions = unreadPostsWhere(doctor.rxdb, doctor.userId, {}).pipe(
      filter((posts) => posts.length === 0),
      take(1),
      toArray(),
    );
    const unread = await firstValueFrom(unreadPostsWhere(doctor.rxdb, doctor.userId, {}));
    const writer = { db: doctor.rxdb, userId: doctor.userId } as Writer;
    await markRead(
      writer,
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
    const { doctor, nurse } = await teamWithPosts();
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
  it('is the last posts to arrive, at least as many as asked and at most twice, found without opening any', async () => {
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
    const since = await findRecentWindow(doctor.rxdb, 10);
    const inWindow = await doctor.rxdb.posts.find({ selector: { updatedAt: { $gte: since } } }).exec();
    expect(inWindow.length).toBeGreaterThanOrEqual(10);
    expect(inWindow.length).toBeLessThanOrEqual(20);
    // The newest batch is all there, and nothing from before the batch ahead of it.
    const bodies = inWindow.map((post) => post.body);
    expect(bodies.filter((body) => body.startsWith('batch 4'))).toHaveLength(10);
    expect(bodies.every((body) => body.startsWith('batch 4') || body.startsWith('batch 3'))).toBe(true);
    expect(await findRecentWindow(doctor.rxdb, 100)).toBe(1);
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
    expect(recent?.posts[0]?.body).toBe('post 319');
    expect(all?.complete).toBe(true);
    expect(all?.posts).toHaveLength(320);
  });
});

function newComment(postId: string, patientId: string, authorId: string, body: string): CommentDoc {
  return {
    id: crypto.randomUUID(),
    postId,
    patientId,
    authorId,
    body,
    clientCreatedAt: Date.now(),
    serverCreatedAt: null,
    retractedAt: null,
    retractedBy: null,
    updatedAt: 0,
  };
}

const news = async (device: Device) => firstValueFrom(newsWhere(device.rxdb, device.userId, {}, {}));
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
const writerOf = (device: Device) => ({ db: device.rxdb, userId: device.userId }) as Writer;

describe('new comments', () => {
  it('on a post I read are news until I read it again; the moved read mark syncs to my other devices', async () => {
    const { world, patientId, nurse, doctor } = await teamWithPosts();
    const [teamPost] = (await firstValueFrom(unreadPostsWhere(doctor.rxdb, doctor.userId, {}))).filter((post) => post.body === 'team post');
    await markRead(writerOf(doctor), patientId, [teamPost!.id]);
    await settle([doctor]);
    const firstRead = (await doctor.rxdb.receipts.findOne(receiptId(teamPost!.id, doctor.userId)).exec())!.readAt;
    expect((await news(doctor)).map((post) => post.body)).toEqual(['private to the doctor']);

    await pause();
    await nurse.rxdb.comments.insert(newComment(teamPost!.id, patientId, nurse.userId, 'a comment after the read'));
    await doctor.rxdb.comments.insert(newComment(teamPost!.id, patientId, doctor.userId, 'my own comment'));
    await settle([nurse, doctor]);
    const withComment = await news(doctor);
    const commented = withComment.find((post) => post.id === teamPost!.id);
    expect(commented).toMatchObject({ postUnread: false, newComments: 1 });
    // Newest news first: the comment came after the private post.
    expect(withComment[0]?.id).toBe(teamPost!.id);
    expect(unreadCount(withComment)).toBe(2);

    await pause();
    await markRead(writerOf(doctor), patientId, [teamPost!.id]);
    expect((await news(doctor)).map((post) => post.body)).toEqual(['private to the doctor']);
    await settle([doctor]);
    const moved = (await doctor.rxdb.receipts.findOne(receiptId(teamPost!.id, doctor.userId)).exec())!;
    expect(moved.readAt).toBeGreaterThan(firstRead);
    expect(moved.updatedAt).toBeGreaterThan(0);

    const otherDevice = await openDevice(fresh.db, world.users.doctor!.id, 'doctor');
    fresh.devices.push(otherDevice);
    await settle([otherDevice]);
    expect((await news(otherDevice)).map((post) => post.body)).toEqual(['private to the doctor']);
  });

  it('on my own post are news until I read it in the timeline; reading my post with none writes no mark', async () => {
    const { patientId, nurse, doctor } = await teamWithPosts();
    const own = (await doctor.rxdb.posts.find().exec()).find((post) => post.authorId === doctor.userId)!;
    await markRead(writerOf(doctor), patientId, [own.id]);
    expect(await doctor.rxdb.receipts.findOne(receiptId(own.id, doctor.userId)).exec()).toBeNull();

    await nurse.rxdb.comments.insert(newComment(own.id, patientId, nurse.userId, 'an answer to the doctor'));
    await settle([nurse, doctor]);
    expect((await news(doctor)).find((post) => post.id === own.id)).toMatchObject({ postUnread: false, newComments: 1 });

    await markRead(writerOf(doctor), patientId, [own.id]);
    expect((await news(doctor)).find((post) => post.id === own.id)).toBeUndefined();
    await settle([doctor]);
    expect(await doctor.rxdb.receipts.findOne(receiptId(own.id, doctor.userId)).exec()).not.toBeNull();
  });

  it('never count a comment on a private post not addressed to me, even one on the device', async () => {
    const { patientId, nurse, doctor, pharmacistId } = await teamWithPosts();
    // Two collections: RxDB's open edition holds about 13 open in one process.
    const pharmacist = await openDevice(fresh.db, pharmacistId, 'pharmacist', ['posts', 'comments']);
    fresh.devices.push(pharmacist);
    await settle([pharmacist]);
    const toPharmacist = (await pharmacist.rxdb.posts.find().exec()).find((post) => post.body === 'private to the pharmacist')!;
    await pharmacist.rxdb.comments.insert(newComment(toPharmacist.id, patientId, pharmacistId, 'the pharmacist answers'));
    await settle([pharmacist, nurse, doctor]);
    // The nurse wrote it: the answer is news to her; the doctor never receives it.
    expect((await news(nurse)).map((post) => post.id)).toContain(toPharmacist.id);
    expect(await doctor.rxdb.comments.count().exec()).toBe(0);
    expect(unreadCount(await news(doctor))).toBe(2);

    // A stray copy of the post and its comment on the doctor's device still count for nothing.
    await doctor.rxdb.posts.upsert({ ...toPharmacist.toJSON(), updatedAt: 999_998 } as never);
    await doctor.rxdb.comments.upsert({ ...newComment(toPharmacist.id, patientId, pharmacistId, 'stray'), updatedAt: 999_999 });
    expect((await news(doctor)).map((post) => post.body)).toEqual(['private to the doctor', 'team post']);
  });

  it('on an old post are in the first step when the comment arrived last', async () => {
    const { world, patientId } = await createTeam(fresh.db, ['nurse', 'doctor']);
    const nurse = await openDevice(fresh.db, world.users.nurse!.id, 'nurse');
    const doctor = await openDevice(fresh.db, world.users.doctor!.id, 'doctor');
    fresh.devices.push(nurse, doctor);
    const old = await doctor.rxdb.posts.insert(newPost(patientId, doctor.userId, 'the doctor’s old post'));
    await nurse.rxdb.posts.bulkInsert(Array.from({ length: 120 }, (_, index) => newPost(patientId, nurse.userId, `post ${index}`)));
    await settle([nurse, doctor]);
    await nurse.rxdb.comments.insert(newComment(old.id, patientId, nurse.userId, 'late answer'));
    await settle([nurse, doctor]);
    const [recent] = await firstValueFrom(
      watchUnreadPosts(doctor.rxdb, doctor.userId, { delayMs: 60_000, windowSize: 20 }).pipe(take(1), toArray()),
    );
    expect(recent?.complete).toBe(false);
    expect(recent?.posts[0]).toMatchObject({ id: old.id, postUnread: false, newComments: 1 });
    expect(recent!.posts.length).toBeLessThanOrEqual(41);
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
