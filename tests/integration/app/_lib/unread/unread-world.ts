/**
 * The world of What's new's integration tests: a nurse, a doctor and a pharmacist on one team,
 * each with a device (the app's encrypted database) on the real server, and the posts the nurse
 * wrote to the team, privately to the doctor and privately to the pharmacist.
 */
import { firstValueFrom } from 'rxjs';
import { newsWhere, unreadPostsWhere } from '@/app/_lib/unread/unread-posts';
import type { Writer } from '@/lib/offline/mutators';
import { commentDoc } from '@/tests/support/sync-docs';
import { createTeam, newPost, openDevice, settle, type Device, type freshWorldPerTest } from '@/tests/integration/offline/offline-world';

export const unreadBodies = async (device: Device) =>
  (await firstValueFrom(unreadPostsWhere(device.rxdb, device.userId, {}))).map((post) => post.body).sort();

/** Nurse, doctor and pharmacist on one team; what the nurse writes, and to whom. */
export async function teamWithPosts(fresh: ReturnType<typeof freshWorldPerTest>) {
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

/** A comment on a post, by its author's device, not yet synced. */
export const newComment = (postId: string, patientId: string, authorId: string, body: string) =>
  commentDoc({ id: postId, patientId }, authorId, body);

export const news = async (device: Device) => firstValueFrom(newsWhere(device.rxdb, device.userId, {}, {}));
export const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
export const writerOf = (device: Device) => ({ db: device.rxdb, userId: device.userId }) as Writer;
