import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { sessions, users } from '@/server/db/schema';
import { createCallerFactory, createTrpcRouter, protectedProcedure } from '@/server/trpc/init';
import { seedWorld, testPassword, userOf, type SeededWorld } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest, sessionSetCookie, signInCookie } from '@/tests/support/trpc-harness';

/** A stand-in for any ordinary protected procedure (only auth procedures exist so far). */
const probeRouter = createTrpcRouter({ probe: protectedProcedure.query(() => 'reached') });
const createProbeCaller = createCallerFactory(probeRouter);

const newPassword = 'Atarashii-pass-55#';

let db: Db;
let world: SeededWorld;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  world = await seedWorld(db, [{ loginId: 'newcomer', mustChangePassword: true }, { loginId: 'nurse-sato' }]);
  return test.close;
});

const userRow = (loginId: string) => db.select().from(users).where(eq(users.loginId, loginId)).get();

describe('a user who must change their password', () => {
  it('is refused ordinary protected procedures, but may use the account ones', async () => {
    const cookie = await signInCookie(db, 'newcomer', testPassword);
    const request = openRequest(db, { cookie });
    await expectAppError(createProbeCaller(request.ctx).probe(), 'PASSWORD_CHANGE_REQUIRED');
    expect((await request.caller.auth.me()).user).toMatchObject({ loginId: 'newcomer', mustChangePassword: true });
    await expect(request.caller.auth.setLocale({ locale: 'en' })).resolves.toEqual({ locale: 'en' });
    expect(userRow('newcomer')?.locale).toBe('en');
  });

  it('reaches everything once the password is changed, and the flag is cleared', async () => {
    const cookie = await signInCookie(db, 'newcomer', testPassword);
    const { caller, responseHeaders } = openRequest(db, { cookie });
    await caller.auth.changePassword({ currentPassword: testPassword, newPassword });
    expect(userRow('newcomer')?.mustChangePassword).toBe(false);
    expect(userRow('newcomer')?.passwordChangedAt).toBeInstanceOf(Date);

    const fresh = sessionSetCookie(responseHeaders);
    if (!fresh) throw new Error('no new cookie');
    await expect(createProbeCaller(openRequest(db, { cookie: fresh.pair }).ctx).probe()).resolves.toBe('reached');
  });

  it('a user without the flag reaches protected procedures', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    await expect(createProbeCaller(openRequest(db, { cookie }).ctx).probe()).resolves.toBe('reached');
  });

  it('an anonymous request is UNAUTHENTICATED, with the reason', async () => {
    const error = await expectAppError(createProbeCaller(openRequest(db).ctx).probe(), 'UNAUTHENTICATED');
    expect(error.details).toEqual({ reason: 'none' });
  });
});

describe('auth.changePassword', () => {
  it('enforces the password policy, listing the problems', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    const error = await expectAppError(
      openRequest(db, { cookie }).caller.auth.changePassword({ currentPassword: testPassword, newPassword: 'short1!' }),
      'PASSWORD_POLICY',
    );
    expect(error.details).toEqual({ problems: ['tooShort'] });
  });

  it('refuses a wrong current password', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    await expectAppError(
      openRequest(db, { cookie }).caller.auth.changePassword({ currentPassword: 'Wrong-current-1!', newPassword }),
      'WRONG_CURRENT_PASSWORD',
    );
  });

  it('counts wrong current passwords towards the sign-in lockout, so a stolen session cannot guess freely', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    const change = (currentPassword: string) => openRequest(db, { cookie }).caller.auth.changePassword({ currentPassword, newPassword });
    for (let i = 0; i < 10; i += 1) await expectAppError(change(`Wrong-current-${i}!`), 'WRONG_CURRENT_PASSWORD');
    await expectAppError(change(testPassword), 'LOGIN_LOCKED');
    await expectAppError(openRequest(db).caller.auth.signIn({ loginId: 'nurse-sato', password: testPassword }), 'LOGIN_LOCKED');
  });

  it('refuses the same password again', async () => {
    const cookie = await signInCookie(db, 'newcomer', testPassword);
    await expectAppError(
      openRequest(db, { cookie }).caller.auth.changePassword({ currentPassword: testPassword, newPassword: testPassword }),
      'PASSWORD_UNCHANGED',
    );
    expect(userRow('newcomer')?.mustChangePassword).toBe(true);
  });

  it('ends the user’s other sessions and swaps this one for a new cookie', async () => {
    const other = await signInCookie(db, 'nurse-sato', testPassword);
    const current = await signInCookie(db, 'nurse-sato', testPassword);
    const bystander = await signInCookie(db, 'newcomer', testPassword);

    const { caller, responseHeaders } = openRequest(db, { cookie: current });
    await expect(caller.auth.changePassword({ currentPassword: testPassword, newPassword })).resolves.toEqual({
      endedSessions: 1,
      removedPasskeys: 0,
    });

    const fresh = sessionSetCookie(responseHeaders);
    expect(fresh?.attributes).toContain('HttpOnly');
    expect(fresh?.pair).not.toBe(current);
    expect((await openRequest(db, { cookie: fresh?.pair }).caller.auth.me()).user?.loginId).toBe('nurse-sato');
    for (const old of [other, current]) expect((await openRequest(db, { cookie: old }).caller.auth.me()).user).toBeNull();
    expect((await openRequest(db, { cookie: bystander }).caller.auth.me()).user?.loginId).toBe('newcomer');
    expect(
      db
        .select()
        .from(sessions)
        .where(eq(sessions.userId, userOf(world, 'nurse-sato').id))
        .all(),
    ).toHaveLength(1);
  });

  it('makes the new password the one that signs in', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    await openRequest(db, { cookie }).caller.auth.changePassword({ currentPassword: testPassword, newPassword });
    await expectAppError(openRequest(db).caller.auth.signIn({ loginId: 'nurse-sato', password: testPassword }), 'INVALID_CREDENTIALS');
    await expect(openRequest(db).caller.auth.signIn({ loginId: 'nurse-sato', password: newPassword })).resolves.toBeDefined();
  });
});
