import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { loginAttempts } from '@/server/db/schema';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest, testAuthConfig, type RequestOptions } from '@/tests/support/trpc-harness';

const windowMs = testAuthConfig.loginThrottle.windowMs;
const wrongPassword = 'not-the-password-9?';

let db: Db;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  await seedWorld(db, [{ loginId: 'nurse-sato' }, { loginId: 'doctor-aoki' }, { loginId: 'pharmacist-naka' }]);
  return test.close;
});

const signIn = (loginId: string, password: string, options: RequestOptions = {}) =>
  openRequest(db, options).caller.auth.signIn({ loginId, password });

describe('sign-in lockout per login ID', () => {
  it('locks after 10 failures, then refuses even the right password until the window passes', async () => {
    const firstFailureAt = Date.now();
    // Typed in any case, it is the same login ID.
    for (let i = 1; i < 10; i += 1) await expectAppError(signIn(i % 2 ? 'NURSE-SATO' : 'nurse-sato', wrongPassword), 'INVALID_CREDENTIALS');
    const locked = await expectAppError(signIn('nurse-sato', wrongPassword), 'LOGIN_LOCKED');
    const lockedAt = Date.now();

    const until = Date.parse(String(locked.details?.until));
    expect(until).toBeGreaterThanOrEqual(firstFailureAt + windowMs);
    expect(until).toBeLessThanOrEqual(lockedAt + windowMs);

    const again = await expectAppError(signIn('Nurse-Sato', testPassword), 'LOGIN_LOCKED');
    expect(again.details?.until).toBe(locked.details?.until);
    // The attempt while locked is recorded as such, not as a failure that would prolong the lock.
    expect(
      db
        .select()
        .from(loginAttempts)
        .all()
        .map((a) => a.outcome),
    ).toEqual([...Array<string>(10).fill('failure'), 'locked']);

    // Another login ID from the same IP is not affected.
    await expect(signIn('doctor-aoki', testPassword)).resolves.toMatchObject({ user: { loginId: 'doctor-aoki' } });

    // Once the failures have left the window, the right password works again.
    db.$client.prepare('UPDATE login_attempts SET at = at - ?').run(windowMs);
    await expect(signIn('nurse-sato', testPassword)).resolves.toMatchObject({ user: { loginId: 'nurse-sato' } });
  });

  it('cannot be outrun by parallel requests: attempts count before the slow password check', async () => {
    const attempts = [...Array<string>(25).fill(wrongPassword), testPassword].map((password) =>
      signIn('nurse-sato', password).then(
        () => 'signedIn',
        (error: unknown) => (error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.message) : 'unknown'),
      ),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes).not.toContain('signedIn');
    const rows = db.select().from(loginAttempts).all();
    expect(rows.filter((row) => row.outcome === 'failure')).toHaveLength(10);
    // The lock is recorded once, however many requests it refuses.
    expect(rows.filter((row) => row.outcome === 'locked')).toHaveLength(1);
  });

  it('counts failures only since the last successful sign-in', async () => {
    for (let i = 0; i < 9; i += 1) await expectAppError(signIn('nurse-sato', wrongPassword), 'INVALID_CREDENTIALS');
    await signIn('nurse-sato', testPassword);
    for (let i = 0; i < 9; i += 1) await expectAppError(signIn('nurse-sato', wrongPassword), 'INVALID_CREDENTIALS');
    await expect(signIn('nurse-sato', testPassword)).resolves.toMatchObject({ user: { loginId: 'nurse-sato' } });
  });

  it('locks an unknown login ID as well, so locking does not reveal which IDs exist', async () => {
    for (let i = 0; i < 9; i += 1) await expectAppError(signIn('no-such-user', wrongPassword), 'INVALID_CREDENTIALS');
    await expectAppError(signIn('no-such-user', wrongPassword), 'LOGIN_LOCKED');
  });
});

describe('sign-in lockout per IP address', () => {
  const config = { ...testAuthConfig, loginThrottle: { ...testAuthConfig.loginThrottle, maxFailuresPerIp: 3 } };
  const fromAttacker: RequestOptions = { ip: '203.0.113.66', config };

  it('locks every login ID from an IP that fails too often, but not other IPs', async () => {
    await expectAppError(signIn('nurse-sato', wrongPassword, fromAttacker), 'INVALID_CREDENTIALS');
    await expectAppError(signIn('doctor-aoki', wrongPassword, fromAttacker), 'INVALID_CREDENTIALS');
    await expectAppError(signIn('someone-else', wrongPassword, fromAttacker), 'LOGIN_LOCKED');

    const locked = await expectAppError(signIn('pharmacist-naka', testPassword, fromAttacker), 'LOGIN_LOCKED');
    expect(typeof locked.details?.until).toBe('string');
    await expect(signIn('pharmacist-naka', testPassword, { ip: '198.51.100.7', config })).resolves.toMatchObject({
      user: { loginId: 'pharmacist-naka' },
    });
  });
});
