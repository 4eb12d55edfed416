/**
 * The push queue: a push is queued in the transaction of the post or comment it tells of, only for
 * team members the access policy lets see it (a private post: its audience alone), as their own
 * settings ask, and only for someone with a device whose notifications are on.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushOutbox } from '@/server/db/schema';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { commentDocBy, postDocBy, push } from '@/tests/support/sync-docs';
import { queued, subscribe } from './push-world';

let world: CareTeamWorld;
let patientId: string;
let close: () => void;

beforeEach(async () => {
  ({ world, patientId, close } = await openTeamWorld(
    ['nurse', 'doctor', 'caremanager', 'outsider', 'stranger'],
    ['doctor', 'caremanager'],
  ));
  for (const person of ['nurse', 'doctor', 'caremanager', 'outsider', 'stranger'] as const) await subscribe(world, person);
});
afterEach(() => close());

describe('queuePushes (through sync.push)', () => {
  it('tells only the audience of a private post, whatever its category', async () => {
    const post = postDocBy(world, 'nurse', patientId, { visibility: 'private', recipientIds: [world.ids.doctor], category: 'clinical' });
    await push(world, 'nurse', 'posts', [post]);
    expect(queued(world)).toEqual(['doctor: privateToMe']);
    expect(world.db.select().from(pushOutbox).get()).toMatchObject({ sourceId: post.id, sentAt: null, attempts: 0 });
  });

  it('tells the team of a post in an urgent category, never its author nor anyone off the team', async () => {
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId, { category: 'clinical' })]);
    expect(queued(world)).toEqual(['caremanager: urgentPost', 'doctor: urgentPost']);
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId, { category: 'message' })]);
    expect(queued(world)).toHaveLength(2);
  });

  it('tells a post’s author of a comment on it, and nobody of their own comment', async () => {
    const post = postDocBy(world, 'nurse', patientId);
    await push(world, 'nurse', 'posts', [post]);
    await push(world, 'doctor', 'comments', [commentDocBy(world, 'doctor', post)]);
    await push(world, 'nurse', 'comments', [commentDocBy(world, 'nurse', post)]);
    expect(queued(world)).toEqual(['nurse: commentOnMyPost']);
  });

  it('queues nothing for a refused change, an edit, or a member who left the team', async () => {
    await push(world, 'outsider', 'posts', [postDocBy(world, 'outsider', patientId, { category: 'clinical' })]);
    expect(queued(world)).toEqual([]);
    const post = postDocBy(world, 'nurse', patientId, { category: 'message' });
    await push(world, 'nurse', 'posts', [post]);
    await push(world, 'nurse', 'posts', [{ ...post, category: 'clinical', body: '指示変更' }], [post]);
    expect(queued(world)).toEqual([]);
    await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.caremanager });
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId, { category: 'clinical' })]);
    expect(queued(world)).toEqual(['doctor: urgentPost']);
  });

  it('follows each user’s settings, and needs a device with notifications on', async () => {
    const settings = (await world.as('doctor').caller.notifications.mine()).settings;
    await world.as('doctor').caller.notifications.updateSettings({ ...settings, urgentPost: false });
    await world.as('caremanager').caller.notifications.unsubscribe();
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId, { category: 'clinical' })]);
    expect(queued(world)).toEqual([]);
    await world.as('doctor').caller.notifications.updateSettings({ ...settings, urgentCategories: ['vitals'] });
    await push(world, 'nurse', 'posts', [postDocBy(world, 'nurse', patientId, { category: 'vitals' })]);
    expect(queued(world)).toEqual(['doctor: urgentPost']);
  });
});
