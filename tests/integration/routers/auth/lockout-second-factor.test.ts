/**
 * Anyone can lock a login ID by failing at it. The right password followed by the right second
 * factor passes a login-ID lock; an IP lock, a wrong factor, or a factor guessed too often does not.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { as, enrolTotp, pendingSession, totpCode } from '@/tests/support/second-factor';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest, sessionSetCookie, testAuthConfig, type RequestOptions } from '@/tests/support/trpc-harness';

const attacker: RequestOptions = { ip: '203.0.113.5' };
const owner: RequestOptions = { ip: '198.51.100.9' };
const wrong = 'wrong-password-1!';

let db: Db;
let key: string;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  await seedWorld(db, [{ loginId: 'nurse-sato' }, { loginId: 'doctor-aoki' }]);
  key = (await enrolTotp(db, await pendingSession(db, 'nurse-sato'))).key;
  return test.close;
});

async function signIn(password: string, options: RequestOptions, loginId = 'nurse-sato') {
  const { caller, responseHeaders } = openRequest(db, options);
  const result = await caller.auth.signIn({ loginId, password });
  return { result, cookie: sessionSetCookie(responseHeaders)?.pair ?? '' };
}

async function lockOut(): Promise<void> {
  for (let i = 1; i < 10; i += 1) await expectAppError(signIn(wrong, attacker), 'INVALID_CREDENTIALS');
  await expectAppError(signIn(wrong, attacker), 'LOGIN_LOCKED');
}

describe('a login ID locked by someone else’s failures', () => {
  it('lets its owner through with the right password and second factor', async () => {
    await lockOut();
    const { result, cookie } = await signIn(testPassword, owner);
    expect(result.secondFactor).toBe('required');
    // A wrong code is only that, not the end: the owner may try again.
    await expectAppError(openRequest(db, { ...owner, cookie }).caller.secondFactor.verifyTotp({ code: '000000' }), 'SECOND_FACTOR_INVALID');
    await openRequest(db, { ...owner, cookie }).caller.secondFactor.verifyTotp({ code: totpCode(key, 1) });
    expect((await as(db, cookie).auth.me()).user?.loginId).toBe('nurse-sato');
    // Passing both factors ends the lock, as any successful sign-in does.
    expect((await signIn(testPassword, attacker)).result.secondFactor).toBe('required');
  });

  it('still refuses a wrong password, and an account with no second factor even with the right one', async () => {
    await lockOut();
    await expectAppError(signIn(wrong, owner), 'LOGIN_LOCKED');
    for (let i = 1; i < 10; i += 1) await expectAppError(signIn(wrong, attacker, 'doctor-aoki'), 'INVALID_CREDENTIALS');
    await expectAppError(signIn(wrong, attacker, 'doctor-aoki'), 'LOGIN_LOCKED');
    await expectAppError(signIn(testPassword, owner, 'doctor-aoki'), 'LOGIN_LOCKED');
  });

  it('stops letting anyone through once second factors have failed as often as the limit', async () => {
    await lockOut();
    const { cookie } = await signIn(testPassword, owner);
    const verify = () => openRequest(db, { ...owner, cookie }).caller.secondFactor.verifyTotp({ code: '000000' });
    for (let i = 1; i < testAuthConfig.loginThrottle.maxFailuresPerLoginId; i += 1) await expectAppError(verify(), 'SECOND_FACTOR_INVALID');
    await expectAppError(verify(), 'LOGIN_LOCKED');
    await expectAppError(signIn(testPassword, owner), 'LOGIN_LOCKED');
  });

  it('does not pass an IP lock', async () => {
    const config = { ...testAuthConfig, loginThrottle: { ...testAuthConfig.loginThrottle, maxFailuresPerIp: 3 } };
    const from = { ip: '203.0.113.77', config };
    for (const loginId of ['someone', 'someone-else']) await expectAppError(signIn(wrong, from, loginId), 'INVALID_CREDENTIALS');
    await expectAppError(signIn(wrong, from, 'a-third'), 'LOGIN_LOCKED');
    await expectAppError(signIn(testPassword, from), 'LOGIN_LOCKED');
  });
});
