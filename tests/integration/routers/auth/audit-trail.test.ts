import { asc } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/server/audit/verify-audit-chain';
import type { Db } from '@/server/db/client';
import { auditLog } from '@/server/db/schema';
import { seedWorld, testPassword, userOf, type SeededWorld } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, openRequest, signInCookie, testAuthConfig } from '@/tests/support/trpc-harness';

let db: Db;
let world: SeededWorld;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  world = await seedWorld(db, [{ loginId: 'nurse-sato' }]);
  return test.close;
});

const rows = () => db.select().from(auditLog).orderBy(asc(auditLog.seq)).all();

describe('the audit trail of signing in and out', () => {
  it('records sign-in, failure, lockout (once) and sign-out with the IP, in an intact chain', async () => {
    const config = { ...testAuthConfig, loginThrottle: { ...testAuthConfig.loginThrottle, maxFailuresPerLoginId: 2 } };
    const ip = '198.51.100.23';
    const cookie = await signInCookie(db, 'nurse-sato', testPassword, { ip, config });
    await openRequest(db, { cookie, ip, config }).caller.auth.signOut();
    await expectAppError(
      openRequest(db, { ip, config }).caller.auth.signIn({ loginId: 'nurse-sato', password: 'Wrong-password-1!' }),
      'INVALID_CREDENTIALS',
    );
    await expectAppError(
      openRequest(db, { ip, config }).caller.auth.signIn({ loginId: 'nurse-sato', password: 'Wrong-password-2!' }),
      'LOGIN_LOCKED',
    );
    await expectAppError(
      openRequest(db, { ip, config }).caller.auth.signIn({ loginId: 'nurse-sato', password: testPassword }),
      'LOGIN_LOCKED',
    );

    const [deviceRegistered, ...log] = rows();
    expect(deviceRegistered).toMatchObject({ action: 'device.registered', ip, actorLoginId: 'nurse-sato' });
    expect(log.map((row) => [row.action, row.outcome])).toEqual([
      ['auth.signIn', 'success'],
      ['auth.signOut', 'success'],
      ['auth.signInFailed', 'failure'],
      ['auth.signInFailed', 'failure'],
      // One entry per lock, however many requests it refuses.
      ['auth.signInLocked', 'failure'],
    ]);
    for (const row of log) {
      expect(row.ip).toBe(ip);
      expect(row.actorLoginId).toBe('nurse-sato');
      expect(row.userAgent).toBe('vitest');
    }
    const user = userOf(world, 'nurse-sato');
    expect(log[0]).toMatchObject({ actorUserId: user.id, facilityId: world.facilityId, regionId: world.regionId });
    expect(log[0]?.sessionId).toBe(log[1]?.sessionId);
    expect(log[0]?.sessionId).toBeTruthy();
    expect(JSON.parse(log[2]?.details ?? '{}')).toEqual({ reason: 'invalidCredentials' });
    expect(JSON.parse(log[4]?.details ?? '{}')).toMatchObject({ scope: 'loginId' });
    expect(log[0]?.deviceId).toBe(deviceRegistered?.targetId);
    expect(verifyAuditChain(db)).toEqual({ ok: true, rows: 6 });
  });

  it('records a failure for an unknown login ID without an actor user', async () => {
    await expectAppError(openRequest(db).caller.auth.signIn({ loginId: 'no-such-user', password: testPassword }), 'INVALID_CREDENTIALS');
    expect(rows()).toMatchObject([{ action: 'auth.signInFailed', actorUserId: null, actorLoginId: 'no-such-user' }]);
  });

  it('records a password change and signing out everywhere', async () => {
    const cookie = await signInCookie(db, 'nurse-sato', testPassword);
    await openRequest(db, { cookie }).caller.auth.signOutEverywhere();
    const again = await signInCookie(db, 'nurse-sato', testPassword);
    await openRequest(db, { cookie: again }).caller.auth.changePassword({
      currentPassword: testPassword,
      newPassword: 'Atarashii-pass-55#',
    });
    // No device cookie is kept between these requests, so each sign-in meets a new device.
    expect(rows().map((row) => row.action)).toEqual([
      'device.registered',
      'auth.signIn',
      'auth.signOutEverywhere',
      'device.registered',
      'auth.signIn',
      'auth.passwordChanged',
    ]);
    expect(rows().every((row) => !JSON.stringify(row).includes(testPassword))).toBe(true);
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});
