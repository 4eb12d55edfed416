/**
 * The device's key secret (devices.unlockKey): given to a full sign-in within the last few
 * minutes, the same each time for one device, a different one per device, never to a session
 * merely kept alive, a revoked device or nobody; each release audited.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditLog, devices, regions, sessions } from '@/server/db/schema';
import { keyReleaseWindowMs } from '@/server/services/devices/release-device-key';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { testPassword } from '@/tests/support/seed';
import { expectAppError, openRequest, signInOnDevice } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
beforeEach(async () => {
  let close: () => void;
  ({ world, close } = await openTeamWorld(['nurse'], ['doctor']));
  return close;
});

const callerOf = (cookie: string) => openRequest(world.db, { cookie }).caller;
const sessionIdOf = (cookie: string) => /renraku[^=]*session=([^.;]+)/.exec(cookie)?.[1] ?? '';

describe('the device key secret (devices.unlockKey)', () => {
  it('gives a fresh sign-in its device’s secret, the same each time, with the region’s limits, and audits it', async () => {
    world.db.update(regions).set({ lockAfterMinutes: 10, offlineLimitHours: 24 }).where(eq(regions.id, world.regionId)).run();
    const tablet = await signInOnDevice(world.db, 'nurse', testPassword);
    const first = await callerOf(tablet.cookie).devices.unlockKey();
    expect(Buffer.from(first.secret, 'base64')).toHaveLength(32);
    expect(first).toMatchObject({ lockAfterMinutes: 10, offlineLimitHours: 24 });
    expect((await callerOf(tablet.cookie).devices.unlockKey()).secret).toBe(first.secret);

    // The same user on another browser install: another secret.
    const laptop = await signInOnDevice(world.db, 'nurse', testPassword);
    expect((await callerOf(laptop.cookie).devices.unlockKey()).secret).not.toBe(first.secret);
    // Another facility's user on the same browser install is another device: never the nurse's secret.
    const doctorHere = await signInOnDevice(world.db, 'doctor', testPassword, { deviceCookie: tablet.deviceCookie });
    expect((await callerOf(doctorHere.cookie).devices.unlockKey()).secret).not.toBe(first.secret);
    // Signing in again on the tablet keeps its secret (its data stays readable).
    const again = await signInOnDevice(world.db, 'nurse', testPassword, { deviceCookie: tablet.deviceCookie });
    expect((await callerOf(again.cookie).devices.unlockKey()).secret).toBe(first.secret);

    const entries = world.db.select().from(auditLog).where(eq(auditLog.action, 'device.keyReleased')).all();
    expect(entries.map((entry) => JSON.parse(entry.details ?? '{}').created)).toEqual([true, false, true, true, false]);
  });

  it('refuses a session whose sign-in is older than the window, nobody, and a revoked device', async () => {
    const tablet = await signInOnDevice(world.db, 'nurse', testPassword);
    const sessionId = sessionIdOf(tablet.cookie);
    expect(sessionId).not.toBe('');
    const stale = new Date(Date.now() - keyReleaseWindowMs - 1000);
    world.db
      .update(sessions)
      .set({ createdAt: stale, reauthenticatedAt: stale, lastActiveAt: new Date() })
      .where(eq(sessions.id, sessionId))
      .run();
    const refused = await expectAppError(callerOf(tablet.cookie).devices.unlockKey(), 'FORBIDDEN');
    expect(refused.details).toMatchObject({ reason: 'signInAgain' });
    // The password again (the lock screen, online): the window opens anew.
    await callerOf(tablet.cookie).secondFactor.reauthenticate({ password: testPassword });
    expect(Buffer.from((await callerOf(tablet.cookie).devices.unlockKey()).secret, 'base64')).toHaveLength(32);

    await expectAppError(openRequest(world.db).caller.devices.unlockKey(), 'UNAUTHENTICATED');

    const fresh = await signInOnDevice(world.db, 'doctor', testPassword);
    const me = await callerOf(fresh.cookie).auth.me();
    // Revoked behind the session's back (the revoke service also ends the sessions): the session
    // itself is refused, before the service's own check.
    world.db
      .update(devices)
      .set({ status: 'revoked' })
      .where(eq(devices.id, me.device?.id ?? ''))
      .run();
    await expectAppError(callerOf(fresh.cookie).devices.unlockKey(), 'UNAUTHENTICATED');
  });
});
