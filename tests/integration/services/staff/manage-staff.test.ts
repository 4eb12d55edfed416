/** Facility and region administrators managing staff accounts, through the tRPC API against real SQLite. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/roles';
import { auditLog } from '@/server/db/schema';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { openTeamWorld, type CareTeamWorld } from '@/tests/support/care-team-world';
import { testPassword } from '@/tests/support/seed';
import { pullOnce } from '@/tests/support/sync-docs';
import { expectAppError, openRequest, signInCookie } from '@/tests/support/trpc-harness';

let world: CareTeamWorld;
let as: (loginId: string) => Promise<ReturnType<typeof openRequest>['caller']>;
const temporary = 'Kari-Pass-2026!x';

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
  insertUser(world.db, facilityId, { ...prepared, id: randomUUID() });
}

beforeEach(async () => {
  let close: () => void;
  ({ world, close } = await openTeamWorld(['nurse', 'doctor'], ['doctor']));
  await addAdmin(world.facilityIds.station, 'station-admin', 'facilityAdmin');
  await addAdmin(world.facilityIds.clinic, 'region-admin', 'regionAdmin');
  as = async (loginId) =>
    openRequest(world.db, { cookie: await signInCookie(world.db, loginId, loginId === 'new-nurse' ? temporary : testPassword) }).caller;
  return close;
});

const newNurse = {
  loginId: 'new-nurse',
  displayName: '新人 看護師',
  displayNameKana: 'シンジン カンゴシ',
  profession: 'nurse' as const,
  temporaryPassword: temporary,
};

describe('staff accounts (staff.*)', () => {
  it('lets a facility administrator create an account that must choose its own password at first sign-in', async () => {
    const admin = await as('station-admin');
    const { id } = await admin.staff.create(newNurse);
    const me = await (await as('new-nurse')).auth.me();
    expect(me.user).toMatchObject({
      id,
      loginId: 'new-nurse',
      mustChangePassword: true,
      role: 'staff',
      facility: { id: world.facilityIds.station },
    });
    expect((await admin.staff.list()).map((member) => member.loginId)).toEqual(
      expect.arrayContaining(['new-nurse', 'nurse', 'station-admin']),
    );
    expect((await admin.staff.list()).map((member) => member.loginId)).not.toContain('doctor');
    await expectAppError(admin.staff.create(newNurse), 'CONFLICT');
    await expectAppError(admin.staff.create({ ...newNurse, loginId: 'weak-one', temporaryPassword: 'short' }), 'PASSWORD_POLICY');
    // Without one given, the server makes a temporary password that meets the rules.
    const made = await admin.staff.create({ ...newNurse, loginId: 'second-nurse', temporaryPassword: undefined });
    expect(made.temporaryPassword).toMatch(/^[A-Za-z2-9!#%+\-=?@]{16}$/);
    await signInCookie(world.db, 'second-nurse', made.temporaryPassword);
    expect(world.db.select().from(auditLog).where(eq(auditLog.action, 'staff.created')).all()).toHaveLength(2);
  });

  it('disabling ends every session at the next request; enabling lets the person back in', async () => {
    const admin = await as('station-admin');
    const nurseCookie = await signInCookie(world.db, 'nurse', testPassword);
    await admin.staff.setDisabled({ userId: world.ids.nurse, disabled: true });
    const me = await openRequest(world.db, { cookie: nurseCookie }).caller.auth.me();
    expect(me.user).toBeNull();
    await expectAppError(openRequest(world.db).caller.auth.signIn({ loginId: 'nurse', password: testPassword }), 'ACCOUNT_DISABLED');

    await admin.staff.setDisabled({ userId: world.ids.nurse, disabled: false });
    world.cookies.set('nurse', await signInCookie(world.db, 'nurse', testPassword));
    expect((await pullOnce(world, 'nurse', 'patients')).documents.length).toBeGreaterThan(0);
  });

  it('keeps each administrator to their scope, and nobody disables themselves', async () => {
    const stationAdmin = await as('station-admin');
    await expectAppError(stationAdmin.staff.setDisabled({ userId: world.ids.doctor, disabled: true }), 'NOT_FOUND');
    await expectAppError(stationAdmin.staff.list({ facilityId: world.facilityIds.clinic }), 'NOT_FOUND');
    const self = (await stationAdmin.auth.me()).user?.id ?? '';
    await expectAppError(stationAdmin.staff.setDisabled({ userId: self, disabled: true }), 'FORBIDDEN');

    const regionAdmin = await as('region-admin');
    await regionAdmin.staff.setDisabled({ userId: world.ids.doctor, disabled: true });
    expect(
      (await regionAdmin.staff.list({ facilityId: world.facilityIds.clinic })).find((member) => member.loginId === 'doctor')?.disabled,
    ).toBe(true);
    await expectAppError(regionAdmin.staff.list({ facilityId: world.facilityIds.farAway }), 'NOT_FOUND');

    await expectAppError(world.as('nurse').caller.staff.list(), 'FORBIDDEN');
  });

  it('resets a forgotten password (old one and old sessions gone) and lifts a lockout', async () => {
    const admin = await as('station-admin');
    const oldCookie = await signInCookie(world.db, 'nurse', testPassword);
    for (let i = 0; i < 10; i += 1)
      await openRequest(world.db)
        .caller.auth.signIn({ loginId: 'nurse', password: 'wrong-Password-1!' })
        .catch(() => undefined);
    await expectAppError(openRequest(world.db).caller.auth.signIn({ loginId: 'nurse', password: testPassword }), 'LOGIN_LOCKED');

    await admin.staff.unlock({ userId: world.ids.nurse });
    await signInCookie(world.db, 'nurse', testPassword);

    await admin.staff.resetPassword({ userId: world.ids.nurse, temporaryPassword: temporary });
    expect((await openRequest(world.db, { cookie: oldCookie }).caller.auth.me()).user).toBeNull();
    await expectAppError(openRequest(world.db).caller.auth.signIn({ loginId: 'nurse', password: testPassword }), 'INVALID_CREDENTIALS');
    const fresh = await signInCookie(world.db, 'nurse', temporary);
    expect((await openRequest(world.db, { cookie: fresh }).caller.auth.me()).user?.mustChangePassword).toBe(true);
    const actions = world.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .all()
      .map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['staff.unlocked', 'staff.passwordReset']));
  });
});
