/** The authenticator app: enrolment, the second sign-in step, its window, replay and recovery codes. */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { auditLog, recoveryCodes, totpCredentials } from '@/server/db/schema';
import { as, enrolTotp, pendingSession, stepOf, totpCode } from '@/tests/support/second-factor';
import { seedWorld, type SeededWorld } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError } from '@/tests/support/trpc-harness';

let db: Db;
let world: SeededWorld;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  world = await seedWorld(db, [{ loginId: 'station-admin', role: 'facilityAdmin' }, { loginId: 'nurse-sato' }]);
  return test.close;
});

const actions = () =>
  db
    .select({ action: auditLog.action })
    .from(auditLog)
    .all()
    .map((row) => row.action);

describe('enrolling an authenticator app', () => {
  it('shows a QR code and key, is confirmed with a current code, and issues ten recovery codes', async () => {
    const cookie = await pendingSession(db, 'station-admin');
    const begun = await as(db, cookie).secondFactor.beginTotp();
    expect(begun.secret.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{32}$/);
    expect(begun.uri).toMatch(/^otpauth:\/\/totp\/Renraku:station-admin\?/);
    expect(begun.qrSvg).toMatch(/^<svg/);
    // Nothing is stored before the code confirms it.
    expect(db.select().from(totpCredentials).all()).toHaveLength(0);

    await expectAppError(
      as(db, cookie).secondFactor.confirmTotp({ secret: begun.secret, code: totpCode(begun.secret, 3) }),
      'SECOND_FACTOR_INVALID',
    );
    await expectAppError(as(db, cookie).secondFactor.confirmTotp({ secret: 'AAAA', code: '123456' }), 'INVALID_INPUT');
    const { recoveryCodes: codes } = await as(db, cookie).secondFactor.confirmTotp({ secret: begun.secret, code: totpCode(begun.secret) });
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    // Hashed at rest.
    const stored = db.select().from(recoveryCodes).all();
    expect(stored).toHaveLength(10);
    expect(stored.some((row) => row.codeHash.toString().includes(codes[0] ?? '?'))).toBe(false);

    expect((await as(db, cookie).auth.me()).secondFactor).toBeNull();
    expect(actions()).toEqual(expect.arrayContaining(['secondFactor.enrolled', 'recoveryCodes.generated']));
    await expectAppError(as(db, cookie).secondFactor.beginTotp(), 'CONFLICT');
  });
});

describe('the second sign-in step with a code', () => {
  it('accepts the previous, current and next step, nothing further, and never the same step twice', async () => {
    const { key } = await enrolTotp(db, await pendingSession(db, 'station-admin'));
    const credential = () =>
      db
        .select()
        .from(totpCredentials)
        .where(eq(totpCredentials.userId, world.users['station-admin']?.id ?? ''))
        .get();
    const rewind = () =>
      db
        .update(totpCredentials)
        .set({ lastUsedStep: stepOf() - 5 })
        .run();

    for (const offset of [-2, 2]) {
      rewind();
      await expectAppError(
        as(db, await pendingSession(db, 'station-admin')).secondFactor.verifyTotp({ code: totpCode(key, offset) }),
        'SECOND_FACTOR_INVALID',
      );
    }
    for (const offset of [-1, 0, 1]) {
      rewind();
      const cookie = await pendingSession(db, 'station-admin');
      await as(db, cookie).secondFactor.verifyTotp({ code: totpCode(key, offset) });
      expect((await as(db, cookie).auth.me()).secondFactor).toBeNull();
    }
    expect(credential()?.lastUsedStep).toBeGreaterThanOrEqual(stepOf() + 1 - 1);

    // The same code again, in another session: refused; so is an older step's.
    rewind();
    const code = totpCode(key, 1);
    await as(db, await pendingSession(db, 'station-admin')).secondFactor.verifyTotp({ code });
    await expectAppError(as(db, await pendingSession(db, 'station-admin')).secondFactor.verifyTotp({ code }), 'SECOND_FACTOR_INVALID');
    await expectAppError(
      as(db, await pendingSession(db, 'station-admin')).secondFactor.verifyTotp({ code: totpCode(key, 0) }),
      'SECOND_FACTOR_INVALID',
    );
    expect(actions()).toEqual(expect.arrayContaining(['secondFactor.verified', 'secondFactor.failed']));
  });

  it('counts wrong codes towards the lockout, and a right password does not reset the count', async () => {
    const { key } = await enrolTotp(db, await pendingSession(db, 'station-admin'));
    const wrong = () => (totpCode(key, 1) === '000000' ? '111111' : '000000');
    for (let i = 0; i < 5; i += 1)
      await expectAppError(
        as(db, await pendingSession(db, 'station-admin')).secondFactor.verifyTotp({ code: wrong() }),
        'SECOND_FACTOR_INVALID',
      );
    // Signing in again with the password (right) and guessing on: still counted.
    const cookie = await pendingSession(db, 'station-admin');
    for (let i = 0; i < 4; i += 1) await expectAppError(as(db, cookie).secondFactor.verifyTotp({ code: wrong() }), 'SECOND_FACTOR_INVALID');
    await expectAppError(as(db, cookie).secondFactor.verifyTotp({ code: wrong() }), 'LOGIN_LOCKED');
    // Locked: the right code is refused too, and so is the password.
    await expectAppError(as(db, cookie).secondFactor.verifyTotp({ code: totpCode(key, 1) }), 'LOGIN_LOCKED');
    await expectAppError(pendingSession(db, 'station-admin'), 'LOGIN_LOCKED');
  });

  it('a pass resets the count like a successful sign-in', async () => {
    const { key } = await enrolTotp(db, await pendingSession(db, 'station-admin'));
    const cookie = await pendingSession(db, 'station-admin');
    for (let i = 0; i < 8; i += 1) await expectAppError(as(db, cookie).secondFactor.verifyTotp({ code: 'abc' }), 'SECOND_FACTOR_INVALID');
    await as(db, cookie).secondFactor.verifyTotp({ code: totpCode(key, 1) });
    const next = await pendingSession(db, 'station-admin');
    for (let i = 0; i < 8; i += 1) await expectAppError(as(db, next).secondFactor.verifyTotp({ code: 'abc' }), 'SECOND_FACTOR_INVALID');
  });
});

describe('recovery codes', () => {
  it('each works once, in any case and with or without the hyphen; new ones void the old', async () => {
    const first = await pendingSession(db, 'station-admin');
    const { recoveryCodes: codes } = await enrolTotp(db, first);
    const [a = '', b = '', c = ''] = codes;

    const cookie = await pendingSession(db, 'station-admin');
    expect(await as(db, cookie).secondFactor.verifyRecoveryCode({ code: a.toUpperCase().replace('-', '') })).toMatchObject({
      recoveryCodesLeft: 9,
    });
    expect((await as(db, cookie).auth.me()).secondFactor).toBeNull();
    await expectAppError(
      as(db, await pendingSession(db, 'station-admin')).secondFactor.verifyRecoveryCode({ code: a }),
      'SECOND_FACTOR_INVALID',
    );
    expect(actions()).toContain('recoveryCodes.used');

    expect((await as(db, cookie).secondFactor.status()).recoveryCodesLeft).toBe(9);
    const { recoveryCodes: fresh } = await as(db, cookie).secondFactor.regenerateRecoveryCodes();
    expect(fresh).toHaveLength(10);
    await expectAppError(
      as(db, await pendingSession(db, 'station-admin')).secondFactor.verifyRecoveryCode({ code: b }),
      'SECOND_FACTOR_INVALID',
    );
    await as(db, await pendingSession(db, 'station-admin')).secondFactor.verifyRecoveryCode({ code: fresh[0] ?? '' });
    expect(c).not.toBe('');
  });

  it('cannot be made without a second factor', async () => {
    const cookie = await pendingSession(db, 'nurse-sato');
    await expectAppError(as(db, cookie).secondFactor.regenerateRecoveryCodes(), 'CONFLICT');
  });
});
