/**
 * Changing sign-in factors needs a recent proof of identity, not merely a live session; every
 * factor added or removed leaves the user a notice; a password change removes passkeys only when
 * asked, an administrator's reset unless unticked.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/server/db/client';
import { passkeys, sessions } from '@/server/db/schema';
import { reauthenticationWindowMs } from '@/server/services/second-factors/reauthentication';
import { as, enrolTotp, pendingSession, totpCode } from '@/tests/support/second-factor';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { SoftwareAuthenticator } from '@/tests/support/software-authenticator';
import { openTestDatabase } from '@/tests/support/test-database';
import { expectAppError, signInCookie } from '@/tests/support/trpc-harness';

const rp = { id: 'localhost', origin: 'http://localhost:3000' };

let db: Db;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  await seedWorld(db, [{ loginId: 'nurse-sato' }, { loginId: 'doctor-aoki' }, { loginId: 'station-admin', role: 'facilityAdmin' }]);
  return test.close;
});

/** The session's last proof of identity, moved back past the window: a tablet left unlocked. */
function staleProof(cookie: string): void {
  const id = decodeURIComponent(cookie.split('=')[1] ?? '').split('.')[0] ?? '';
  db.update(sessions)
    .set({ reauthenticatedAt: new Date(Date.now() - reauthenticationWindowMs - 1000) })
    .where(eq(sessions.id, id))
    .run();
}

async function addPasskey(cookie: string, name = 'iPad') {
  const authenticator = new SoftwareAuthenticator(rp.id, rp.origin);
  const { challengeId, options } = await as(db, cookie).secondFactor.passkeyRegistrationOptions();
  await as(db, cookie).secondFactor.registerPasskey({ challengeId, name, response: authenticator.create(options) });
  return authenticator;
}

const noticesOf = async (cookie: string) => (await as(db, cookie).notices.list()).map(({ kind, details }) => ({ kind, details }));

describe('changing sign-in factors', () => {
  it('is refused to a session whose last proof of identity is older than a few minutes', async () => {
    const cookie = await pendingSession(db, 'nurse-sato');
    const { key } = await enrolTotp(db, cookie);
    const authenticator = await addPasskey(cookie);
    staleProof(cookie);
    expect((await as(db, cookie).secondFactor.status()).reauthenticatedUntil).toBeNull();
    for (const call of [
      as(db, cookie).secondFactor.passkeyRegistrationOptions(),
      as(db, cookie).secondFactor.regenerateRecoveryCodes(),
      as(db, cookie).secondFactor.removePasskey({ id: authenticator.id }),
      as(db, cookie).secondFactor.beginTotp(),
      as(db, cookie).secondFactor.confirmTotp({ secret: key, code: totpCode(key, 1) }),
    ])
      await expectAppError(call, 'REAUTHENTICATION_REQUIRED');
    expect(db.select().from(passkeys).all()).toHaveLength(1);

    // A wrong password is refused (and counted); the right one opens the next few minutes.
    await expectAppError(as(db, cookie).secondFactor.reauthenticate({ password: 'wrong-password-1!' }), 'WRONG_CURRENT_PASSWORD');
    const { reauthenticatedUntil } = await as(db, cookie).secondFactor.reauthenticate({ password: testPassword });
    expect(reauthenticatedUntil?.getTime()).toBeGreaterThan(Date.now() + reauthenticationWindowMs - 60_000);
    await as(db, cookie).secondFactor.removePasskey({ id: authenticator.id });
    await expect(as(db, cookie).secondFactor.regenerateRecoveryCodes()).resolves.toMatchObject({ recoveryCodes: expect.any(Array) });
  });

  it('may be proved again with a code from the app, or with a passkey', async () => {
    const cookie = await pendingSession(db, 'nurse-sato');
    const { key } = await enrolTotp(db, cookie);
    const authenticator = await addPasskey(cookie);
    staleProof(cookie);
    await as(db, cookie).secondFactor.reauthenticate({ code: totpCode(key, 1) });
    await as(db, cookie).secondFactor.regenerateRecoveryCodes();

    staleProof(cookie);
    const { challengeId, options } = await as(db, cookie).secondFactor.passkeyOptions();
    await as(db, cookie).secondFactor.reauthenticate({ passkey: { challengeId, response: authenticator.get(options) } });
    await as(db, cookie).secondFactor.regenerateRecoveryCodes();
  });
});

describe('notices of factors added and removed', () => {
  it('tells the user of each, until they have read them', async () => {
    const cookie = await pendingSession(db, 'nurse-sato');
    await enrolTotp(db, cookie);
    const authenticator = await addPasskey(cookie, 'Office PC');
    await as(db, cookie).secondFactor.regenerateRecoveryCodes();
    await as(db, cookie).secondFactor.removePasskey({ id: authenticator.id });
    const notices = await as(db, cookie).notices.list();
    expect(notices.map(({ kind, details }) => ({ kind, name: details.name }))).toEqual([
      { kind: 'passkeyRemoved', name: 'Office PC' },
      { kind: 'recoveryCodesRegenerated', name: undefined },
      { kind: 'passkeyAdded', name: 'Office PC' },
      { kind: 'totpAdded', name: undefined },
    ]);

    // Another user cannot mark them read; their owner can.
    const doctor = await signInCookie(db, 'doctor-aoki', testPassword);
    expect(await as(db, doctor).notices.markRead({ ids: notices.map((notice) => notice.id) })).toEqual({ read: 0 });
    await as(db, cookie).notices.markRead({ ids: notices.map((notice) => notice.id) });
    expect(await as(db, cookie).notices.list()).toEqual([]);
  });
});

describe('passkeys and passwords', () => {
  it('a password change keeps passkeys unless asked, and says how many it removed', async () => {
    const cookie = await pendingSession(db, 'nurse-sato');
    await enrolTotp(db, cookie);
    await addPasskey(cookie);
    const first = await as(db, cookie).auth.changePassword({ currentPassword: testPassword, newPassword: 'Another-pass-2026!' });
    expect(first.removedPasskeys).toBe(0);
    expect(db.select().from(passkeys).all()).toHaveLength(1);

    const again = await signInCookie(db, 'nurse-sato', 'Another-pass-2026!');
    const second = await as(db, again).auth.changePassword({
      currentPassword: 'Another-pass-2026!',
      newPassword: 'A-third-pass-2026!',
      removePasskeys: true,
    });
    expect(second.removedPasskeys).toBe(1);
    expect(db.select().from(passkeys).all()).toHaveLength(0);
    const fresh = await signInCookie(db, 'nurse-sato', 'A-third-pass-2026!');
    expect(await noticesOf(fresh)).toContainEqual({ kind: 'passkeysRemoved', details: { count: 1 } });
  });

  it('an administrator’s reset removes them unless unticked, and the person is told by whom', async () => {
    const nurse = await pendingSession(db, 'nurse-sato');
    await enrolTotp(db, nurse);
    await addPasskey(nurse);
    const admin = await signInCookie(db, 'station-admin', testPassword);
    const userId = (await as(db, nurse).auth.me()).user?.id ?? '';
    const kept = await as(db, admin).staff.resetPassword({ userId, removePasskeys: false });
    expect(kept.removedPasskeys).toBe(0);
    expect(db.select().from(passkeys).all()).toHaveLength(1);
    const removed = await as(db, admin).staff.resetPassword({ userId });
    expect(removed.removedPasskeys).toBe(1);
    expect(db.select().from(passkeys).all()).toHaveLength(0);

    await as(db, admin).staff.resetSecondFactors({ userId });
    const nurseAgain = await signInCookie(db, 'nurse-sato', removed.temporaryPassword);
    await as(db, nurseAgain).auth.changePassword({ currentPassword: removed.temporaryPassword, newPassword: 'Mine-again-2026!' });
    const notices = await as(db, await signInCookie(db, 'nurse-sato', 'Mine-again-2026!')).notices.list();
    expect(notices.map((notice) => notice.kind)).toEqual(expect.arrayContaining(['passkeysRemoved', 'secondFactorsReset']));
    expect(notices.find((notice) => notice.kind === 'passkeysRemoved')?.details).toMatchObject({ count: 1, by: '利用者 station-admin' });
  });
});
