/**
 * Who must have a second factor (administrators always, all staff when the region says so), and
 * what a session that owes one may still do: procedures and the file routes outside tRPC.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { getDb } from '@/server/db/client';
import { regions } from '@/server/db/schema';
import { signedInRequest } from '@/server/http/signed-in-request';
import { as, enrolTotp, pendingSession, totpCode } from '@/tests/support/second-factor';
import { seedWorld, testPassword, type SeededWorld } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError } from '@/tests/support/trpc-harness';

let db: Db;
let world: SeededWorld;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  world = await seedWorld(db, [
    { loginId: 'nurse-sato' },
    { loginId: 'station-admin', role: 'facilityAdmin' },
    { loginId: 'region-admin', role: 'regionAdmin' },
    { loginId: 'new-admin', role: 'facilityAdmin', mustChangePassword: true },
  ]);
  return test.close;
});

const dueOf = async (loginId: string) => (await as(db, await pendingSession(db, loginId)).auth.me()).secondFactor;

describe('the policy', () => {
  it('requires administrators to enrol, and staff only when the region turns it on', async () => {
    expect(await dueOf('nurse-sato')).toBeNull();
    expect(await dueOf('station-admin')).toBe('setupRequired');
    expect(await dueOf('region-admin')).toBe('setupRequired');
    db.update(regions).set({ twoFactorPolicy: 'everyone' }).where(eq(regions.id, world.regionId)).run();
    expect(await dueOf('nurse-sato')).toBe('setupRequired');
  });

  it('asks anyone who has a factor for it, policy or not', async () => {
    await enrolTotp(db, await pendingSession(db, 'nurse-sato'));
    expect(await dueOf('nurse-sato')).toBe('required');
    const signIn = await as(db, '').auth.signIn({ loginId: 'nurse-sato', password: testPassword });
    expect(signIn.secondFactor).toBe('required');
  });

  it('refuses to remove the last factor while the policy requires one, and lets staff remove theirs', async () => {
    const admin = await pendingSession(db, 'station-admin');
    const { key } = await enrolTotp(db, admin);
    await expectAppError(as(db, admin).secondFactor.removeTotp({ code: totpCode(key, 1) }), 'SECOND_FACTOR_LAST');

    const nurse = await pendingSession(db, 'nurse-sato');
    const enrolled = await enrolTotp(db, nurse);
    await expectAppError(as(db, nurse).secondFactor.removeTotp({ password: 'Wrong-password-99!' }), 'WRONG_CURRENT_PASSWORD');
    await expectAppError(as(db, nurse).secondFactor.removeTotp({ code: totpCode(enrolled.key, 5) }), 'SECOND_FACTOR_INVALID');
    await as(db, nurse).secondFactor.removeTotp({ password: testPassword });
    const status = await as(db, nurse).secondFactor.status();
    expect(status).toMatchObject({ totp: null, recoveryCodesLeft: 0, policyRequires: false });
    expect(await dueOf('nurse-sato')).toBeNull();
  });
});

describe('the gate on procedures', () => {
  it('lets a session that owes its factor reach only the second step, me and sign-out', async () => {
    await enrolTotp(db, await pendingSession(db, 'station-admin'));
    const cookie = await pendingSession(db, 'station-admin');
    await expectAppError(as(db, cookie).staff.list(), 'SECOND_FACTOR_REQUIRED');
    await expectAppError(as(db, cookie).patients.directory(), 'SECOND_FACTOR_REQUIRED');
    // Enrolling another factor is not a way round the one it has.
    await expectAppError(as(db, cookie).secondFactor.beginTotp(), 'SECOND_FACTOR_REQUIRED');
    await expectAppError(as(db, cookie).secondFactor.passkeyRegistrationOptions(), 'SECOND_FACTOR_REQUIRED');
    await expectAppError(
      as(db, cookie).auth.changePassword({ currentPassword: testPassword, newPassword: 'Another-pass-2025!' }),
      'SECOND_FACTOR_REQUIRED',
    );
    expect((await as(db, cookie).auth.me()).user?.loginId).toBe('station-admin');
    await as(db, cookie).secondFactor.status();
    await as(db, cookie).auth.setLocale({ locale: 'en' });
    await as(db, cookie).auth.signOutEverywhere();
  });

  it('sends a user who must enrol to enrolment only, after changing a set password', async () => {
    const cookie = await pendingSession(db, 'new-admin');
    await expectAppError(as(db, cookie).staff.list(), 'PASSWORD_CHANGE_REQUIRED');
    await expectAppError(as(db, cookie).secondFactor.beginTotp(), 'PASSWORD_CHANGE_REQUIRED');
    await as(db, cookie).auth.changePassword({ currentPassword: testPassword, newPassword: 'Another-pass-2025!' });
    // The password change replaced the cookie; sign in again with the new password.
    const next = await pendingSession(db, 'new-admin', 'Another-pass-2025!');
    await expectAppError(as(db, next).staff.list(), 'SECOND_FACTOR_SETUP_REQUIRED');
    await enrolTotp(db, next);
    await expect(as(db, next).staff.list()).resolves.toBeInstanceOf(Array);
  });
});

describe('the gate on file routes', () => {
  it('refuses a session that owes its second factor, with the same codes', async () => {
    const fileDb = getDb();
    await seedWorld(fileDb, [{ loginId: 'files-admin', role: 'facilityAdmin' }, { loginId: 'files-nurse' }]);
    const request = (cookie: string) => new Request('http://localhost:3000/api/files/x/thumb', { headers: { cookie } });
    const status = (result: unknown) => (result instanceof Response ? result.status : 200);
    const bodyOf = async (result: unknown) =>
      result instanceof Response ? ((await result.json()) as { error: { code: string } }).error.code : null;

    const admin = await pendingSession(fileDb, 'files-admin');
    const refused = signedInRequest(request(admin), { stateChanging: false });
    expect(status(refused)).toBe(403);
    expect(await bodyOf(refused)).toBe('SECOND_FACTOR_SETUP_REQUIRED');
    await enrolTotp(fileDb, admin);
    expect(status(signedInRequest(request(admin), { stateChanging: false }))).toBe(200);

    const again = await pendingSession(fileDb, 'files-admin');
    expect(await bodyOf(signedInRequest(request(again), { stateChanging: false }))).toBe('SECOND_FACTOR_REQUIRED');
    expect(status(signedInRequest(request(await pendingSession(fileDb, 'files-nurse')), { stateChanging: false }))).toBe(200);
  });
});
