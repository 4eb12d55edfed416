/**
 * Read receipts (既読) pushed again: a later read (the post read again after new comments) moves
 * the receipt forward for every device of the reader; an older device's push never moves it back;
 * nobody moves a receipt of a post they can no longer read.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { postDocBy, pullAll, push, receiptDocBy } from '@/tests/support/sync-docs';

let world: CareTeamWorld;
let patientId: string;
beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor'], ['doctor']));
  return close;
});

const doctorsReceipt = async () => (await pullAll(world, 'nurse', 'receipts')).documents.find((doc) => doc.userId === world.ids.doctor);

describe('a read receipt pushed again', () => {
  it('moves forward to a later read, never back, and never past the server’s time', async () => {
    const post = postDocBy(world, 'nurse', patientId);
    await push(world, 'nurse', 'posts', [post]);
    const first = Date.now();
    await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', post, first)]);
    const stored = await doctorsReceipt();
    expect(stored?.readAt).toBe(first);

    const again = first + 5;
    await new Promise((resolve) => setTimeout(resolve, 10));
    const answer = await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', post, again)]);
    const moved = await doctorsReceipt();
    expect(moved?.readAt).toBe(again);
    expect(moved?.updatedAt).toBeGreaterThan(stored!.updatedAt);
    // The pushing device is handed the server's copy (its new sequence number) to adopt.
    expect(answer.conflicts).toEqual([expect.objectContaining({ readAt: again, updatedAt: moved?.updatedAt })]);

    await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', post, first - 1_000)]);
    expect(await doctorsReceipt()).toEqual(moved);

    const beforePush = Date.now();
    await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', post, beforePush + 3_600_000)]);
    const clamped = await doctorsReceipt();
    expect(clamped?.readAt).toBeGreaterThanOrEqual(beforePush);
    expect(clamped?.readAt).toBeLessThanOrEqual(Date.now());
  });

  it('is refused once the reader has left the team', async () => {
    const post = postDocBy(world, 'nurse', patientId);
    await push(world, 'nurse', 'posts', [post]);
    const first = Date.now();
    await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', post, first)]);
    await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.doctor });
    const answer = await push(world, 'doctor', 'receipts', [receiptDocBy(world, 'doctor', post, first + 60_000)]);
    expect(answer.refused).toEqual([{ id: expect.any(String), reason: 'noAccess' }]);
    expect((await doctorsReceipt())?.readAt).toBe(first);
  });
});
