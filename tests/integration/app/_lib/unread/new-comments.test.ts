/**
 * What's new's comments on a device's own (encrypted) database, fed by the real server: comments by
 * others after my read (on my own posts too) are news until I read the post again, the moved read
 * mark syncs to my other devices, a comment on a private post not to me never counts, and a comment
 * on an old post brings it into the first step.
 */
import { firstValueFrom, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { unreadCount, unreadPostsWhere, watchUnreadPosts } from '@/app/_lib/unread/unread-posts';
import { receiptId } from '@/lib/schemas/comment';
import { markRead } from '@/lib/offline/mutators';
import { createTeam, freshWorldPerTest, newPost, openDevice, settle } from '@/tests/integration/offline/offline-world';
import { newComment, news, pause, teamWithPosts, writerOf } from './unread-world';

const fresh = freshWorldPerTest();

describe('new comments', () => {
  it('on a post I read are news until I read it again; the moved read mark syncs to my other devices', async () => {
    const { world, patientId, nurse, doctor } = await teamWithPosts(fresh);
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
    const { patientId, nurse, doctor } = await teamWithPosts(fresh);
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
    const { patientId, nurse, doctor, pharmacistId } = await teamWithPosts(fresh);
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
});
