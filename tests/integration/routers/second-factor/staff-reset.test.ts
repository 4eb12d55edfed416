/**
 * An administrator resets a staff member's second factors (lost phone): the same reach as resetting
 * a password (their own facility's administrator, or their region's), never their own, audited.
 */
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/roles';
import { auditLog } from '@/server/db/schema';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { seedCareTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { as, enrolTotp, pendingSession } from '@/tests/support/second-factor';
import { testPassword } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, signInCookie } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
const adminIds: Record<string, string> = {};
beforeEach(async () => {
  const test = openTestDatabase();
  world = await seedCareTeamWorld(test.db);
  const prepared = await prepareUser({
    loginId: 'template',
    displayName: '管理',
    displayNameKana: 'カンリ',
    profession: 'clerk',
    password: testPassword,
    mustChangePassword: false,
  });
  const add = (facilityId: string, loginId: string, role: Role) =>
    (adminIds[loginId] = insertUser(world.db, facilityId, { ...prepared, id: randomUUID(), loginId, role }).id);
  add(world.facilityIds.station, 'station-admin', 'facilityAdmin');
  add(world.facilityIds.clinic, 'clinic-admin', 'facilityAdmin');
  add(world.facilityIds.farAway, 'far-admin', 'regionAdmin');
  add(world.facilityIds.clinic, 'region-admin', 'regionAdmin');
  return test.close;
});

const adminSession = (loginId: string) => signInCookie(world.db, loginId, testPassword);

describe('staff.resetSecondFactors', () => {
  it('is refused to other facilities’ and regions’ administrators, to staff, and for oneself', async () => {
    await enrolTotp(world.db, await pendingSession(world.db, 'nurse'));
    const userId = world.ids.nurse;
    await expectAppError(as(world.db, await adminSession('clinic-admin')).staff.resetSecondFactors({ userId }), 'NOT_FOUND');
    await expectAppError(as(world.db, await adminSession('far-admin')).staff.resetSecondFactors({ userId }), 'NOT_FOUND');
    await expectAppError(
      as(world.db, await signInCookie(world.db, 'doctor', testPassword)).staff.resetSecondFactors({ userId }),
      'FORBIDDEN',
    );
    const stationAdmin = await adminSession('station-admin');
    await expectAppError(as(world.db, stationAdmin).staff.resetSecondFactors({ userId: adminIds['station-admin'] ?? '' }), 'FORBIDDEN');
    expect(
      world.db
        .select()
        .from(auditLog)
        .all()
        .some((row) => row.action === 'staff.secondFactorsReset'),
    ).toBe(false);
  });

  it('removes the app, passkeys and recovery codes, ends the sessions, and is audited', async () => {
    const nurseSession = await pendingSession(world.db, 'nurse');
    await enrolTotp(world.db, nurseSession);
    const userId = world.ids.nurse;
    const { removed } = await as(world.db, await adminSession('station-admin')).staff.resetSecondFactors({ userId });
    expect(removed).toEqual({ totp: true, passkeys: 0, recoveryCodes: 10 });
    expect((await as(world.db, nurseSession).auth.me()).user).toBeNull();
    // Staff are not covered by the region's policy here: the next sign-in asks for nothing more.
    expect((await as(world.db, await pendingSession(world.db, 'nurse')).auth.me()).secondFactor).toBeNull();
    const entry = world.db
      .select()
      .from(auditLog)
      .all()
      .find((row) => row.action === 'staff.secondFactorsReset');
    expect(entry).toMatchObject({ actorLoginId: 'station-admin', targetId: userId });

    // The region's administrator may too, as for passwords.
    await expect(as(world.db, await adminSession('region-admin')).staff.resetSecondFactors({ userId })).resolves.toMatchObject({
      removed: { totp: false },
    });
  });
});
