/**
 * A deferred sync waits for the first screen (lib/offline/device-session.ts), except on a device
 * that holds no patient yet: there nothing is on screen to wait for, and the first pulls start at once.
 */
import { describe, expect, it } from 'vitest';
import { whenSyncMayStart } from '@/lib/offline/device-session';
import { createTeam, freshWorldPerTest, openDevice, settle } from './offline-world';

const world = freshWorldPerTest();

/** Whether `promise` has settled within `ms`. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}

const never = new Promise<never>(() => undefined);

describe('when a deferred sync starts', () => {
  it('starts at once on a device that holds no patient, without waiting for a first screen', async () => {
    const { world: team } = await createTeam(world.db, ['nurse']);
    const device = await openDevice(world.db, team.users.nurse!.id, 'nurse', undefined, { deferStart: true });
    world.devices.push(device);
    expect(await settledWithin(whenSyncMayStart(device.rxdb, never, 60_000), 500)).toBe(true);
  });

  it('waits for the first screen on a device that holds patients, or for the longest wait', async () => {
    const { world: team } = await createTeam(world.db, ['nurse']);
    const device = await openDevice(world.db, team.users.nurse!.id, 'nurse');
    world.devices.push(device);
    await settle([device]);
    expect(await device.rxdb.patients.count().exec()).toBe(1);

    expect(await settledWithin(whenSyncMayStart(device.rxdb, never, 60_000), 500)).toBe(false);
    let paint = () => undefined as void;
    const painted = new Promise<void>((resolve) => (paint = resolve));
    const waiting = whenSyncMayStart(device.rxdb, painted, 60_000);
    expect(await settledWithin(waiting, 300)).toBe(false);
    paint();
    expect(await settledWithin(waiting, 100)).toBe(true);
    expect(await settledWithin(whenSyncMayStart(device.rxdb, never, 200), 500)).toBe(true);
  });
});
