/**
 * What someone not signed in can make the server write: a locked sign-in is recorded once per lock,
 * not once per request, and passkey sign-in challenges are capped per address and expire.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { auditLog, loginAttempts, webauthnChallenges } from '@/server/db/schema';
import { challengeLifetimeMs, maxChallengesPerIp } from '@/server/services/second-factors/webauthn-challenges';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest } from '@/tests/support/trpc-harness';

let db: Db;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  await seedWorld(db, [{ loginId: 'nurse-sato' }]);
  return test.close;
});

const signIn = (loginId: string, password: string, ip: string) => openRequest(db, { ip }).caller.auth.signIn({ loginId, password });
const lockedEntries = () => db.select().from(auditLog).where(eq(auditLog.action, 'auth.signInLocked')).all();

describe('a locked login ID hammered from many addresses', () => {
  it('writes one attempt row and one audit entry for the lock, whatever the number of requests', async () => {
    for (let i = 1; i < 10; i += 1) await expectAppError(signIn('nurse-sato', 'wrong-password-1!', '198.51.100.1'), 'INVALID_CREDENTIALS');
    await expectAppError(signIn('nurse-sato', 'wrong-password-1!', '198.51.100.1'), 'LOGIN_LOCKED');
    const rowsAtLock = db.select().from(loginAttempts).all().length;
    const auditAtLock = db.select().from(auditLog).all().length;
    expect(lockedEntries()).toHaveLength(1);

    for (let i = 0; i < 40; i += 1)
      await expectAppError(signIn('nurse-sato', i % 2 ? testPassword : 'wrong-password-2!', `203.0.113.${i + 1}`), 'LOGIN_LOCKED');
    expect(db.select().from(loginAttempts).all()).toHaveLength(rowsAtLock);
    expect(db.select().from(auditLog).all()).toHaveLength(auditAtLock);
  });
});

describe('passkey sign-in challenges', () => {
  it(`are refused past ${maxChallengesPerIp} unexpired ones from one address, and expire`, async () => {
    const ask = (ip: string, now?: Date) =>
      openRequest(db, { ip })
        .caller.auth.passkeySignInOptions()
        .then(() => now);
    for (let i = 0; i < maxChallengesPerIp; i += 1) await ask('198.51.100.2');
    await expectAppError(openRequest(db, { ip: '198.51.100.2' }).caller.auth.passkeySignInOptions(), 'RATE_LIMITED');
    // Another address is not affected.
    await ask('198.51.100.3');
    expect(db.select().from(webauthnChallenges).all()).toHaveLength(maxChallengesPerIp + 1);

    // Once they have expired, the next request removes them and is served again.
    db.$client.prepare('UPDATE webauthn_challenges SET expires_at = expires_at - ?').run(challengeLifetimeMs + 1);
    await ask('198.51.100.2');
    expect(db.select().from(webauthnChallenges).all()).toHaveLength(1);
  });
});
