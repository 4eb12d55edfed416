/** Administrators correcting staff accounts (staff.update), through the tRPC API against real SQLite. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/roles';
import { auditLog, users } from '@/server/db/schema';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { testPassword } from '@/tests/support/seed';
import { expectAppError, openRequest, signInCookie } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
const ids: Record<string, string> = {};

async function addAdmin(facilityId: string, loginId: string, role: Role): Promise<void> {
  const prepared = await prepareUser({
    loginId,
    displayName: `管理 ${loginId}`,
    displayNameKana: 'カンリ',
    profession: 'clerk',
    password: testPassword,
    role,
    mustChangePassword: false,
  });
  ids[loginId] = insertUser(world.db, facilityId, { ...prepared, id: randomUUID() }).id;
}

const adminRequest = async (loginId: string) => openRequest(world.db, { cookie: await signInCookie(world.db, loginId, testPassword) });

beforeEach(async () => {
  let close: () => void;
  ({ world, close } = await openTeamWorld(['nurse'], []));
  await addAdmin(world.facilityIds.station, 'station-admin', 'facilityAdmin');
  await addAdmin(world.facilityIds.clinic, 'clinic-admin', 'facilityAdmin');
  await addAdmin(world.facilityIds.clinic, 'region-admin', 'regionAdmin');
  return close;
});

const nurseEdit = () => ({
  userId: world.ids.nurse,
  displayName: '佐藤 看護師',
  displayNameKana: 'サトウ カンゴシ',
  profession: 'publicHealthNurse' as const,
  email: 'sato@example.jp',
  role: 'staff' as const,
});

describe('editing a staff account (staff.update)', () => {
  it('lets the facility’s administrator correct it, and logs which fields changed but not their values', async () => {
    const admin = (await adminRequest('station-admin')).caller;
    expect(await admin.staff.update(nurseEdit())).toEqual({ changed: ['displayName', 'displayNameKana', 'profession', 'email'] });
    expect(world.db.select().from(users).where(eq(users.id, world.ids.nurse)).get()).toMatchObject({
      displayName: '佐藤 看護師',
      profession: 'publicHealthNurse',
      email: 'sato@example.jp',
      role: 'staff',
    });
    const [entry] = world.db.select().from(auditLog).where(eq(auditLog.action, 'staff.updated')).all();
    expect(JSON.parse(entry?.details ?? '{}')).toEqual({
      loginId: 'nurse',
      changed: ['displayName', 'displayNameKana', 'profession', 'email'],
    });
    expect(entry?.details).not.toContain('sato@example.jp');
    // Saving the same again changes nothing and logs nothing.
    expect(await admin.staff.update(nurseEdit())).toEqual({ changed: [] });
    expect(world.db.select().from(auditLog).where(eq(auditLog.action, 'staff.updated')).all()).toHaveLength(1);
  });

  it('makes another of the facility’s staff an administrator, but never changes one’s own role', async () => {
    const admin = (await adminRequest('station-admin')).caller;
    await admin.staff.update({ ...nurseEdit(), role: 'facilityAdmin' });
    expect(world.db.select({ role: users.role }).from(users).where(eq(users.id, world.ids.nurse)).get()?.role).toBe('facilityAdmin');
    await expectAppError(
      admin.staff.update({
        userId: ids['station-admin']!,
        displayName: '管理',
        displayNameKana: 'カンリ',
        profession: 'clerk',
        email: '',
        role: 'staff',
      }),
      'FORBIDDEN',
    );
  });

  it('refuses other facilities’ administrators, staff, bad input, and edits of a region administrator by others', async () => {
    await expectAppError((await adminRequest('clinic-admin')).caller.staff.update(nurseEdit()), 'NOT_FOUND');
    await expectAppError(world.as('nurse').caller.staff.update(nurseEdit()), 'FORBIDDEN');
    const station = (await adminRequest('station-admin')).caller;
    await expect(station.staff.update({ ...nurseEdit(), displayNameKana: 'sato' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(station.staff.update({ ...nurseEdit(), email: 'not-an-email' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const region = (await adminRequest('region-admin')).caller;
    await region.staff.update(nurseEdit());
    await expectAppError(
      (await adminRequest('clinic-admin')).caller.staff.update({
        userId: ids['region-admin']!,
        displayName: 'x',
        displayNameKana: 'カ',
        profession: 'clerk',
        email: '',
        role: 'staff',
      }),
      'FORBIDDEN',
    );
  });
});
