import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { sessions } from '@/server/db/schema';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest, sessionSetCookie, signInCookie } from '@/tests/support/trpc-harness';

let db: Db;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  await seedWorld(db, [{ loginId: 'nurse-sato' }, { loginId: 'doctor-aoki' }]);
  return test.close;
});

const meWith = async (cookie: string) => (await openRequest(db, { cookie }).caller.auth.me()).user?.loginId ?? null;

describe('auth.signOut', () => {
  it('ends the session on the server and clears the cookie', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    const other = await signInCookie(db, 'nurse-sato', testPassword);
    const { caller, responseHeaders } = openRequest(db, { cookie });

    await expect(caller.auth.signOut()).resolves.toEqual({ endedSessions: 1 });
    const cleared = sessionSetCookie(responseHeaders);
    expect(cleared?.value).toBe('');
    expect(cleared?.attributes).toContain('Max-Age=0');
    expect(responseHeaders.get('Clear-Site-Data')).toBe('"cache"');

    // A copy of the old cookie kept elsewhere is worthless now; the other session lives on.
    expect(await meWith(cookie)).toBeNull();
    expect(await meWith(other)).toBe('nurse-sato');
  });

  it('still clears the cookie when no one is signed in', async () => {
    const { caller, responseHeaders } = openRequest(db);
    await expect(caller.auth.signOut()).resolves.toEqual({ endedSessions: 0 });
    expect(sessionSetCookie(responseHeaders)?.attributes).toContain('Max-Age=0');
  });
});

describe('auth.signOutEverywhere', () => {
  it('ends every session of the user, and only theirs', async () => {
    const cookies = [await signInCookie(db, 'nurse-sato', testPassword), await signInCookie(db, 'nurse-sato', testPassword)];
    const stranger = await signInCookie(db, 'doctor-aoki', testPassword);
    const { caller, responseHeaders } = openRequest(db, { cookie: cookies[0] });

    await expect(caller.auth.signOutEverywhere()).resolves.toEqual({ endedSessions: 2 });
    expect(sessionSetCookie(responseHeaders)?.attributes).toContain('Max-Age=0');
    for (const cookie of cookies) expect(await meWith(cookie)).toBeNull();
    expect(await meWith(stranger)).toBe('doctor-aoki');
    expect(db.select().from(sessions).all()).toHaveLength(1);
  });

  it('needs a signed-in user', async () => {
    await expectAppError(openRequest(db).caller.auth.signOutEverywhere(), 'UNAUTHENTICATED');
  });
});
