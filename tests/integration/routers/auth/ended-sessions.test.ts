/**
 * A device that comes back with a session ended early learns why, so it knows whether to wipe
 * itself (account disabled, device revoked) or keep unsent work and ask its user to sign in again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetEndedSessions, invalidateUserSessions } from '@/server/auth/session';
import type { Db } from '@/server/db/client';
import { endedSessions, users } from '@/server/db/schema';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { openRequest, signInCookie, testAuthConfig } from '@/tests/support/trpc-harness';
import { eq } from 'drizzle-orm';

let db: Db;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  await seedWorld(db);
  return test.close;
});

const problemOf = async (cookie: string) => (await openRequest(db, { cookie, method: 'GET' }).caller.auth.me()).problem;
const nurseId = () => db.select().from(users).where(eq(users.loginId, 'nurse-sato')).get()!.id;

describe('why a session ended', () => {
  it('a password changed on another device: sign in again, keep the work', async () => {
    const tablet = await signInCookie(db, 'nurse-sato', testPassword);
    const pc = await signInCookie(db, 'nurse-sato', testPassword);
    await openRequest(db, { cookie: pc }).caller.auth.changePassword({ currentPassword: testPassword, newPassword: 'An0ther-Passw0rd!23' });
    expect(await problemOf(tablet)).toBe('passwordChanged');
  });

  it('asks the browser to drop its HTTP cache when the server ended the session, not when there was none', async () => {
    const tablet = await signInCookie(db, 'nurse-sato', testPassword);
    const pc = await signInCookie(db, 'nurse-sato', testPassword);
    await openRequest(db, { cookie: pc }).caller.auth.signOutEverywhere();
    const ended = openRequest(db, { cookie: tablet, method: 'GET' });
    expect((await ended.caller.auth.me()).problem).toBe('signedOutElsewhere');
    expect(ended.responseHeaders.get('Clear-Site-Data')).toBe('"cache"');
    const nobody = openRequest(db, { method: 'GET' });
    expect((await nobody.caller.auth.me()).problem).toBe('none');
    expect(nobody.responseHeaders.get('Clear-Site-Data')).toBeNull();
  });

  it('signed out everywhere from another device', async () => {
    const tablet = await signInCookie(db, 'nurse-sato', testPassword);
    const pc = await signInCookie(db, 'nurse-sato', testPassword);
    await openRequest(db, { cookie: pc }).caller.auth.signOutEverywhere();
    expect(await problemOf(tablet)).toBe('signedOutElsewhere');
  });

  it('an account disabled, or a device revoked, say so (the device then wipes itself)', async () => {
    const first = await signInCookie(db, 'nurse-sato', testPassword);
    invalidateUserSessions(db, nurseId(), 'disabled');
    expect(await problemOf(first)).toBe('disabled');
    const second = await signInCookie(db, 'nurse-sato', testPassword);
    invalidateUserSessions(db, nurseId(), 'deviceRevoked');
    expect(await problemOf(second)).toBe('deviceRevoked');
  });

  it('tells nothing to a token whose secret does not match', async () => {
    const tablet = await signInCookie(db, 'nurse-sato', testPassword);
    invalidateUserSessions(db, nurseId(), 'disabled');
    const [name, value] = tablet.split('=') as [string, string];
    const forged = `${name}=${value.split('.')[0]}.${'a'.repeat(24)}`;
    expect(await problemOf(forged)).toBe('invalid');
  });

  it('forgets the reasons once the sessions would have expired anyway', async () => {
    await signInCookie(db, 'nurse-sato', testPassword);
    invalidateUserSessions(db, nurseId(), 'disabled');
    expect(forgetEndedSessions(db, testAuthConfig.session)).toBe(0);
    expect(forgetEndedSessions(db, testAuthConfig.session, new Date(Date.now() + testAuthConfig.session.maxAgeMs + 1000))).toBe(1);
    expect(db.select().from(endedSessions).all()).toEqual([]);
  });
});
