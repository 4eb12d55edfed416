import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { sessions, users } from '@/server/db/schema';
import { seedWorld, testPassword, userOf, type SeededWorld } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest, sessionSetCookie, signInCookie, testAuthConfig } from '@/tests/support/trpc-harness';

let db: Db;
let world: SeededWorld;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  world = await seedWorld(db, [{ loginId: 'nurse-sato' }]);
  return test.close;
});

describe('auth.signIn', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the profile without the hash', async () => {
    const { caller, responseHeaders } = openRequest(db);
    const result = await caller.auth.signIn({ loginId: 'nurse-sato', password: testPassword });

    expect(result.user).toMatchObject({
      id: userOf(world, 'nurse-sato').id,
      loginId: 'nurse-sato',
      facility: { id: world.facilityId },
      region: { id: world.regionId },
    });
    expect(result.user).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(result)).not.toContain('$argon2');

    const cookie = sessionSetCookie(responseHeaders);
    expect(cookie?.value).toMatch(/^[a-z2-7]{24}\.[a-z2-7]{24}$/);
    expect(cookie?.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/']));
    expect(cookie?.attributes).not.toContain('Secure');
    // The cookie lives as long as the session may (its absolute lifetime); idleness is judged by
    // the server, so the browser still sends the cookie and can be told why it was signed out.
    const expires = Date.parse(cookie?.attributes.find((a) => a.startsWith('Expires='))?.slice('Expires='.length) ?? '');
    expect(Math.abs(expires - (Date.now() + testAuthConfig.session.maxAgeMs))).toBeLessThan(5000);
  });

  it('lets the cookie sign later requests in', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    const me = await openRequest(db, { cookie, method: 'GET' }).caller.auth.me();
    expect(me.user?.id).toBe(userOf(world, 'nurse-sato').id);
    expect(me.problem).toBeNull();
    expect(me.user).not.toHaveProperty('passwordHash');

    const anonymous = await openRequest(db, { method: 'GET' }).caller.auth.me();
    expect(anonymous).toEqual({ user: null, sessionStartedAt: null, device: null, secondFactor: null, problem: 'none' });
  });

  it('issues a new token at every sign-in, all of them valid', async () => {
    const first = await signInCookie(db, 'nurse-sato', testPassword);
    const second = await signInCookie(db, 'nurse-sato', testPassword);
    expect(second).not.toBe(first);
    for (const cookie of [first, second]) expect((await openRequest(db, { cookie }).caller.auth.me()).user?.loginId).toBe('nurse-sato');
    expect(db.select().from(sessions).all()).toHaveLength(2);
  });

  it('compares login IDs case-insensitively and ignores surrounding spaces', async () => {
    const result = await openRequest(db).caller.auth.signIn({ loginId: '  Nurse-SATO ', password: testPassword });
    expect(result.user.loginId).toBe('nurse-sato');
  });

  it('gives a wrong password and an unknown login ID the same answer', async () => {
    const wrong = await expectAppError(
      openRequest(db).caller.auth.signIn({ loginId: 'nurse-sato', password: `${testPassword}x` }),
      'INVALID_CREDENTIALS',
    );
    const unknown = await expectAppError(
      openRequest(db).caller.auth.signIn({ loginId: 'nobody-here', password: testPassword }),
      'INVALID_CREDENTIALS',
    );
    expect(unknown.details).toEqual(wrong.details);
    expect(unknown.message).toBe(wrong.message);
  });

  it('sets no cookie when sign-in fails', async () => {
    const { caller, responseHeaders } = openRequest(db);
    await expectAppError(caller.auth.signIn({ loginId: 'nurse-sato', password: 'wrong-password-1!' }), 'INVALID_CREDENTIALS');
    expect(sessionSetCookie(responseHeaders)).toBeNull();
    expect(db.select().from(sessions).all()).toHaveLength(0);
  });

  it('refuses a disabled account after the right password, without a session', async () => {
    db.update(users).set({ disabledAt: new Date() }).where(eq(users.loginId, 'nurse-sato')).run();
    const { caller, responseHeaders } = openRequest(db);
    await expectAppError(caller.auth.signIn({ loginId: 'nurse-sato', password: testPassword }), 'ACCOUNT_DISABLED');
    expect(sessionSetCookie(responseHeaders)).toBeNull();
    expect(db.select().from(sessions).all()).toHaveLength(0);
  });

  it('answers a wrong password for a disabled account with INVALID_CREDENTIALS, revealing nothing', async () => {
    db.update(users).set({ disabledAt: new Date() }).where(eq(users.loginId, 'nurse-sato')).run();
    await expectAppError(
      openRequest(db).caller.auth.signIn({ loginId: 'nurse-sato', password: 'wrong-password-1!' }),
      'INVALID_CREDENTIALS',
    );
  });

  it('ends the existing session of a user who gets disabled', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    db.update(users).set({ disabledAt: new Date() }).where(eq(users.loginId, 'nurse-sato')).run();
    const { caller, responseHeaders } = openRequest(db, { cookie });
    expect(await caller.auth.me()).toMatchObject({ user: null, problem: 'disabled' });
    // The cookie is not touched: a stale request must never delete a newer session's cookie.
    expect(sessionSetCookie(responseHeaders)).toBeNull();
    expect(db.select().from(sessions).all()).toHaveLength(0);
  });

  it('refuses schema-invalid input with BAD_REQUEST', async () => {
    await expect(openRequest(db).caller.auth.signIn({ loginId: '', password: testPassword })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
