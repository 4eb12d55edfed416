import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { loginAttempts } from '@/server/db/schema';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest, signInCookie } from '@/tests/support/trpc-harness';

let db: Db;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  await seedWorld(db);
  return test.close;
});

describe('the same-origin check', () => {
  it('refuses a cross-origin POST, even to sign in, before anything is recorded', async () => {
    const { caller } = openRequest(db, { method: 'POST', sameOrigin: false });
    await expectAppError(caller.auth.signIn({ loginId: 'nurse-sato', password: testPassword }), 'ORIGIN_MISMATCH');
    expect(db.select().from(loginAttempts).all()).toHaveLength(0);
  });

  it('refuses cross-origin mutations of a signed-in user', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    const { caller } = openRequest(db, { cookie, method: 'POST', sameOrigin: false });
    await expectAppError(caller.auth.signOut(), 'ORIGIN_MISMATCH');
    await expectAppError(caller.auth.setLocale({ locale: 'en' }), 'ORIGIN_MISMATCH');
    expect((await openRequest(db, { cookie }).caller.auth.me()).user?.loginId).toBe('nurse-sato');
  });

  it('lets a GET query through without a same-origin Origin', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    const me = await openRequest(db, { cookie, method: 'GET', sameOrigin: false }).caller.auth.me();
    expect(me.user?.loginId).toBe('nurse-sato');
  });
});
