/**
 * Administrators see who of their staff is locked out and from which addresses the failures came
 * (staff.lockouts); a region administrator sees the daily count of failed sign-ins for login IDs
 * that name no account in their region (audit.unknownSignIns).
 */
import { and, eq, isNull } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { japanDay } from '@/lib/time/japan-time';
import { auditLog } from '@/server/db/schema';
import { openRegionWorld, type RegionWorld } from '@/tests/support/region-world';
import { seedWorld } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest } from '@/tests/support/trpc-harness';

let region: RegionWorld;
beforeEach(async () => {
  region = await openRegionWorld();
  return region.close;
});

const fail = (loginId: string, ip: string, portal?: string) =>
  expectAppError(
    openRequest(region.world.db, { ip }).caller.auth.signIn({ loginId, password: 'wrong-password-1!', region: portal }),
    'INVALID_CREDENTIALS',
  ).catch(() => undefined);

describe('staff.lockouts', () => {
  it('names the locked account, until when, and the addresses the failures came from, within each administrator’s reach', async () => {
    for (let i = 0; i < 6; i += 1) await fail('nurse', '203.0.113.1');
    for (let i = 0; i < 4; i += 1) await fail('nurse', '203.0.113.2');
    for (let i = 0; i < 3; i += 1) await fail('doctor', '203.0.113.1');

    const stationAdmin = await region.asAdmin('station-admin');
    const [lockout, ...others] = await stationAdmin.staff.lockouts();
    expect(others).toEqual([]);
    expect(lockout).toMatchObject({ loginId: 'nurse', facilityName: 'ケア訪問看護ステーション' });
    expect(lockout?.until.getTime()).toBeGreaterThan(Date.now());
    expect(lockout?.addresses.map(({ ip, failures }) => [ip, failures])).toEqual([
      ['203.0.113.2', 4],
      ['203.0.113.1', 6],
    ]);
    expect((await (await region.asAdmin('region-admin')).staff.lockouts()).map((row) => row.loginId)).toEqual(['nurse']);
    expect(await (await region.asAdmin('far-admin')).staff.lockouts()).toEqual([]);

    await stationAdmin.staff.unlock({ userId: region.world.ids.nurse });
    expect(await stationAdmin.staff.lockouts()).toEqual([]);
  });
});

describe('failed sign-ins for unknown login IDs', () => {
  it('are filed under the region whose portal the sign-in page came from, and counted per day for its administrator', async () => {
    await fail('no-such-id', '203.0.113.3', 'care');
    await fail('another-unknown', '203.0.113.3', 'care');
    await fail('far-unknown', '203.0.113.3', 'far');
    // Two regions and no portal named: nobody's (the entry is still written).
    await fail('orphan-unknown', '203.0.113.3');
    const failures = region.world.db
      .select({ loginId: auditLog.actorLoginId, regionId: auditLog.regionId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.signInFailed'), isNull(auditLog.actorUserId)))
      .all();
    expect(failures).toEqual([
      { loginId: 'no-such-id', regionId: region.world.regionId },
      { loginId: 'another-unknown', regionId: region.world.regionId },
      { loginId: 'far-unknown', regionId: region.world.otherRegionId },
      { loginId: 'orphan-unknown', regionId: null },
    ]);

    const days = await (await region.asAdmin('region-admin')).audit.unknownSignIns();
    expect(days).toHaveLength(14);
    expect(days[0]).toEqual({ day: japanDay(Date.now()), count: 2 });
    expect(days.slice(1).every((day) => day.count === 0)).toBe(true);
    await expectAppError((await region.asAdmin('station-admin')).audit.unknownSignIns(), 'FORBIDDEN');
  });

  it('belong to the only region of a deployment that has one', async () => {
    const test = openTestDatabase();
    const world = await seedWorld(test.db, []);
    await expectAppError(
      openRequest(test.db).caller.auth.signIn({ loginId: 'nobody-here', password: 'wrong-password-1!' }),
      'INVALID_CREDENTIALS',
    );
    expect(test.db.select({ regionId: auditLog.regionId }).from(auditLog).where(eq(auditLog.action, 'auth.signInFailed')).get()).toEqual({
      regionId: world.regionId,
    });
    test.close();
  });
});
