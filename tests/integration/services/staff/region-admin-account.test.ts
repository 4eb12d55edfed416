/**
 * The region administrator's account belongs to a facility (the region office, here the clinic):
 * that facility's administrator must not take it over — no password reset, second-factor reset,
 * disabling, unlocking, editing, or acting on its devices. Another region administrator may.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/roles';
import { devices, users } from '@/server/db/schema';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { seedCareTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { testPassword } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest, signInCookie, signInOnDevice } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
const ids: Record<string, string> = {};

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
    (ids[loginId] = insertUser(world.db, facilityId, { ...prepared, id: randomUUID(), loginId, role }).id);
  add(world.facilityIds.clinic, 'region-admin', 'regionAdmin');
  add(world.facilityIds.clinic, 'region-admin-2', 'regionAdmin');
  add(world.facilityIds.clinic, 'clinic-admin', 'facilityAdmin');
  return test.close;
});

const as = async (loginId: string) => openRequest(world.db, { cookie: await signInCookie(world.db, loginId, testPassword) }).caller;
const regionAdminDevice = () =>
  world.db
    .select()
    .from(devices)
    .where(eq(devices.userId, ids['region-admin'] ?? ''))
    .get();

describe('the region administrator’s account', () => {
  it('is out of reach of its own facility’s administrator, who still sees it listed', async () => {
    await signInOnDevice(world.db, 'region-admin', testPassword);
    const clinicAdmin = await as('clinic-admin');
    const userId = ids['region-admin'] ?? '';
    expect((await clinicAdmin.staff.list()).map((member) => member.loginId)).toContain('region-admin');

    for (const call of [
      clinicAdmin.staff.resetPassword({ userId }),
      clinicAdmin.staff.resetSecondFactors({ userId }),
      clinicAdmin.staff.setDisabled({ userId, disabled: true }),
      clinicAdmin.staff.unlock({ userId }),
      clinicAdmin.staff.update({
        userId,
        displayName: '乗っ取り',
        displayNameKana: 'ノットリ',
        profession: 'clerk',
        email: '',
        role: 'staff',
      }),
    ]) {
      const error = await expectAppError(call, 'FORBIDDEN');
      expect(error.details).toEqual({ reason: 'regionAdmin' });
    }
    const device = regionAdminDevice();
    if (!device) throw new Error('no device');
    await expectAppError(clinicAdmin.devices.revoke({ deviceId: device.id }), 'FORBIDDEN');
    await expectAppError(clinicAdmin.devices.rename({ deviceId: device.id, name: 'x' }), 'FORBIDDEN');
    // Its devices are not in the facility administrator's list at all.
    expect((await clinicAdmin.devices.list()).map((row) => row.user.loginId)).not.toContain('region-admin');

    const row = world.db.select().from(users).where(eq(users.id, userId)).get();
    expect(row).toMatchObject({ displayName: '管理', disabledAt: null, mustChangePassword: false });
    expect(regionAdminDevice()?.status).toBe('approved');
  });

  it('is managed by another region administrator of the region, who cannot reset their own', async () => {
    await signInOnDevice(world.db, 'region-admin', testPassword);
    const other = await as('region-admin-2');
    const userId = ids['region-admin'] ?? '';
    await expect(other.staff.resetPassword({ userId })).resolves.toMatchObject({ temporaryPassword: expect.any(String) });
    await expect(other.staff.resetSecondFactors({ userId })).resolves.toBeDefined();
    await expect(other.devices.revoke({ deviceId: regionAdminDevice()?.id ?? '' })).resolves.toMatchObject({ status: 'revoked' });

    const self = ids['region-admin-2'] ?? '';
    for (const call of [other.staff.resetPassword({ userId: self }), other.staff.resetSecondFactors({ userId: self })])
      expect((await expectAppError(call, 'FORBIDDEN')).details).toEqual({ reason: 'self' });
  });
});
