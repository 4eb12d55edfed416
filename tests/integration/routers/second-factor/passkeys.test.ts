/**
 * Passkeys with a software authenticator (real P-256 signatures): registration, the second step,
 * passwordless sign-in, single-use challenges, the counter, renaming and removal.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { auditLog, passkeys, webauthnChallenges } from '@/server/db/schema';
import { as, pendingSession } from '@/tests/support/second-factor';
import { seedWorld } from '@/tests/support/seed';
import { SoftwareAuthenticator } from '@/tests/support/software-authenticator';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest, sessionSetCookie } from '@/tests/support/trpc-harness';

// env's default base URL, since the tests set no RENRAKU_BASE_URL.
const rp = { id: 'localhost', origin: 'http://localhost:3000' };

let db: Db;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  await seedWorld(db, [{ loginId: 'station-admin', role: 'facilityAdmin' }, { loginId: 'nurse-sato' }]);
  return test.close;
});

async function register(cookie: string, name = 'iPad') {
  const authenticator = new SoftwareAuthenticator(rp.id, rp.origin);
  const { challengeId, options } = await as(db, cookie).secondFactor.passkeyRegistrationOptions();
  expect(options.authenticatorSelection).toMatchObject({ residentKey: 'required', userVerification: 'required' });
  const result = await as(db, cookie).secondFactor.registerPasskey({ challengeId, name, response: authenticator.create(options) });
  return { authenticator, result };
}

async function passwordless(authenticator: SoftwareAuthenticator, tweak: { verified?: boolean; challenge?: string } = {}) {
  const { challengeId, options } = await openRequest(db).caller.auth.passkeySignInOptions();
  expect(options.allowCredentials ?? []).toHaveLength(0);
  expect(options.userVerification).toBe('required');
  const { caller, responseHeaders } = openRequest(db);
  const result = await caller.auth.signInWithPasskey({ challengeId, response: authenticator.get(options, tweak) });
  return { result, cookie: sessionSetCookie(responseHeaders)?.pair ?? '' };
}

describe('passkeys', () => {
  it('registers one as an administrator’s first factor, with recovery codes, and passes this session', async () => {
    const cookie = await pendingSession(db, 'station-admin');
    expect((await as(db, cookie).auth.me()).secondFactor).toBe('setupRequired');
    const { result } = await register(cookie);
    expect(result.recoveryCodes).toHaveLength(10);
    expect((await as(db, cookie).auth.me()).secondFactor).toBeNull();
    const [stored] = db.select().from(passkeys).all();
    expect(stored).toMatchObject({ name: 'iPad', counter: 0, transports: '["internal"]' });
    // The challenge was used up.
    expect(db.select().from(webauthnChallenges).all()).toHaveLength(0);
  });

  it('is the second step after a password, and only the user’s own passkey counts', async () => {
    const { authenticator } = await register(await pendingSession(db, 'station-admin'));
    const nurseKey = (await register(await pendingSession(db, 'nurse-sato'), 'phone')).authenticator;
    const cookie = await pendingSession(db, 'station-admin');
    expect((await as(db, cookie).auth.me()).secondFactor).toBe('required');

    const other = await as(db, cookie).secondFactor.passkeyOptions();
    await expectAppError(
      as(db, cookie).secondFactor.verifyPasskey({ challengeId: other.challengeId, response: nurseKey.get(other.options) }),
      'SECOND_FACTOR_INVALID',
    );

    const { challengeId, options } = await as(db, cookie).secondFactor.passkeyOptions();
    expect(options.allowCredentials?.map((credential) => credential.id)).toEqual([authenticator.id]);
    const response = authenticator.get(options);
    await as(db, cookie).secondFactor.verifyPasskey({ challengeId, response });
    expect((await as(db, cookie).auth.me()).secondFactor).toBeNull();
    // A challenge works once.
    await expectAppError(as(db, cookie).secondFactor.verifyPasskey({ challengeId, response }), 'SECOND_FACTOR_INVALID');
  });

  it('signs in without a password, counting as both factors; refuses a wrong challenge, no user verification, and a counter that went back', async () => {
    const { authenticator } = await register(await pendingSession(db, 'station-admin'));
    const { result, cookie } = await passwordless(authenticator);
    expect(result).toMatchObject({ user: { loginId: 'station-admin' }, secondFactor: null });
    expect((await as(db, cookie).auth.me()).secondFactor).toBeNull();
    await expect(as(db, cookie).staff.list()).resolves.toBeInstanceOf(Array);
    const actions = db.select({ action: auditLog.action, details: auditLog.details }).from(auditLog).all();
    expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(['passkey.signIn', 'auth.signIn']));

    await expectAppError(passwordless(authenticator, { challenge: 'bm90LXRoZS1jaGFsbGVuZ2U' }), 'SECOND_FACTOR_INVALID');
    await expectAppError(passwordless(authenticator, { verified: false }), 'SECOND_FACTOR_INVALID');
    authenticator.counter = 0;
    await expectAppError(passwordless(authenticator), 'SECOND_FACTOR_INVALID');
    authenticator.counter = 10;
    await passwordless(authenticator);
    expect(db.select().from(passkeys).get()?.counter).toBe(11);
  });

  it('renames and removes, but keeps the last factor an administrator must have', async () => {
    const cookie = await pendingSession(db, 'station-admin');
    const { authenticator } = await register(cookie);
    await as(db, cookie).secondFactor.renamePasskey({ id: authenticator.id, name: 'Office PC' });
    expect((await as(db, cookie).secondFactor.status()).passkeys.map((key) => key.name)).toEqual(['Office PC']);
    await expectAppError(as(db, cookie).secondFactor.removePasskey({ id: authenticator.id }), 'SECOND_FACTOR_LAST');
    const second = await register(cookie, 'Phone');
    await as(db, cookie).secondFactor.removePasskey({ id: authenticator.id });
    expect((await as(db, cookie).secondFactor.status()).passkeys.map((key) => key.name)).toEqual(['Phone']);
    // Someone else's passkey is not theirs to touch.
    const nurse = await pendingSession(db, 'nurse-sato');
    await expectAppError(as(db, nurse).secondFactor.removePasskey({ id: second.authenticator.id }), 'NOT_FOUND');
    // A removed passkey no longer signs anyone in.
    const nurseKey = (await register(nurse, 'tablet')).authenticator;
    await as(db, nurse).secondFactor.removePasskey({ id: nurseKey.id });
    expect((await as(db, nurse).secondFactor.status()).recoveryCodesLeft).toBe(0);
    await expectAppError(passwordless(nurseKey), 'SECOND_FACTOR_INVALID');
  });
});
