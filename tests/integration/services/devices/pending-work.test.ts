/**
 * What a device says waits in it unsent (devices.reportPending) lands on that device's own record
 * of the user signed in on it, and only its owner sees it (devices.mine): not a user of another
 * facility or one on no team with them, even signed in on the same browser install, nor anyone
 * without a session.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { devices, sessions } from '@/server/db/schema';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { testPassword } from '@/tests/support/seed';
import { expectAppError, openRequest, signInOnDevice } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
const callerOf = (cookie: string | null) => openRequest(world.db, { cookie }).caller;
const deviceIdOf = async (cookie: string) => (await callerOf(cookie).auth.me()).device?.id ?? '';
const pendingOf = (deviceId: string) =>
  world.db.select({ count: devices.pendingCount }).from(devices).where(eq(devices.id, deviceId)).get()?.count;

beforeEach(async () => {
  let close: () => void;
  ({ world, close } = await openTeamWorld(['nurse'], ['doctor']));
  return close;
});

describe('devices.reportPending', () => {
  it('refuses a request with no session', async () => {
    await expectAppError(callerOf(null).devices.reportPending({ count: 3 }), 'UNAUTHENTICATED');
    expect(
      world.db
        .select()
        .from(devices)
        .all()
        .every((device) => device.pendingCount === 0),
    ).toBe(true);
  });

  it('records the count on the reporter’s own device only: another facility’s user, or a non-member, on the same browser install leaves the owner’s count alone', async () => {
    const nurse = await signInOnDevice(world.db, 'nurse', testPassword);
    const nurseDevice = await deviceIdOf(nurse.cookie);
    await callerOf(nurse.cookie).devices.reportPending({ count: 4 });
    expect(pendingOf(nurseDevice)).toBe(4);

    // The doctor (another facility) and the caremanager (on no team with the nurse) sign in on the same install.
    for (const person of ['doctor', 'caremanager'] as const) {
      const other = await signInOnDevice(world.db, person, testPassword, { deviceCookie: nurse.deviceCookie });
      await callerOf(other.cookie).devices.reportPending({ count: 0 });
      await callerOf(other.cookie).devices.reportPending({ count: 9 });
      const theirs = await deviceIdOf(other.cookie);
      expect(theirs).not.toBe(nurseDevice);
      expect(pendingOf(theirs)).toBe(9);
    }
    expect(pendingOf(nurseDevice)).toBe(4);
  });

  it('refuses a session on no known device (one opened before devices were recorded)', async () => {
    const nurse = await signInOnDevice(world.db, 'nurse', testPassword);
    const nurseDevice = await deviceIdOf(nurse.cookie);
    world.db.update(sessions).set({ deviceId: null }).where(eq(sessions.userId, world.ids.nurse)).run();
    await expectAppError(callerOf(nurse.cookie).devices.reportPending({ count: 2 }), 'INVALID_INPUT');
    expect(pendingOf(nurseDevice)).toBe(0);
  });
});

describe('devices.mine', () => {
  it('shows pending counts to the owner only', async () => {
    const tablet = await signInOnDevice(world.db, 'nurse', testPassword);
    const pc = await signInOnDevice(world.db, 'nurse', testPassword);
    await callerOf(tablet.cookie).devices.reportPending({ count: 5 });

    const tabletDevice = await deviceIdOf(tablet.cookie);
    const seenFromPc = await callerOf(pc.cookie).devices.mine();
    expect(seenFromPc.find((device) => device.id === tabletDevice)).toMatchObject({ current: false, pendingCount: 5 });
    expect(seenFromPc.find((device) => device.current)).toMatchObject({ id: await deviceIdOf(pc.cookie), pendingCount: 0 });

    // Others, whatever their facility, and even on the same install, see only their own devices.
    for (const person of ['doctor', 'outsider'] as const) {
      const other = await signInOnDevice(world.db, person, testPassword, { deviceCookie: tablet.deviceCookie });
      const theirs = await callerOf(other.cookie).devices.mine();
      expect(theirs.map((device) => device.id)).not.toContain(tabletDevice);
      expect(theirs.every((device) => device.pendingCount === 0)).toBe(true);
    }
    await expectAppError(callerOf(null).devices.mine(), 'UNAUTHENTICATED');
  });
});
