/**
 * A user changes their own password. Every other session of theirs ends; this one is replaced by
 * a fresh token, so a stolen cookie does not survive the change. Where they ask, every passkey goes
 * too (a passkey signs in without the password, so a changed password alone would not shut out
 * someone who added one); they are told how many.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { ChangePasswordInput } from '@/lib/schemas/auth';
import { findPasswordProblems } from '@/lib/schemas/password';
import { audit } from '@/server/audit/audit';
import { auditContextOf } from '@/server/audit/audit-context';
import { beginPasswordAttempt, markAttemptSucceeded } from '@/server/auth/login-attempts';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { createSession, invalidateUserSessions, cookieExpiresAt } from '@/server/auth/session';
import { setSessionTokenCookie } from '@/server/auth/session-cookie';
import { users } from '@/server/db/schema';
import { removeAllPasskeys } from '@/server/services/second-factors/remove-all-passkeys';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

export async function changePassword(
  { db, config, cookies, request, now = new Date() }: AuthServiceOptions,
  signedIn: SignedIn,
  input: ChangePasswordInput,
): Promise<{ endedSessions: number; removedPasskeys: number }> {
  const { user } = signedIn;
  const audited = { audit: auditContextOf(request, signedIn), now };
  // Guessing the current password from a stolen session counts towards the same lockout as sign-in.
  const key = { loginId: user.loginId, ip: request.ip ?? 'unknown' };
  const { attemptId } = beginPasswordAttempt(db, key, config.loginThrottle, now, (decision) =>
    audit(audited, 'auth.signInLocked', { outcome: 'failure', details: { scope: decision.scope, until: decision.until } }, db),
  );
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    audit(audited, 'auth.passwordChangeFailed', { outcome: 'failure', details: { reason: 'wrongCurrentPassword' } }, db);
    throw new AppError('WRONG_CURRENT_PASSWORD');
  }
  markAttemptSucceeded(db, attemptId);
  const problems = findPasswordProblems(input.newPassword);
  if (problems.length > 0) throw new AppError('PASSWORD_POLICY', { problems });
  if (await verifyPassword(user.passwordHash, input.newPassword)) throw new AppError('PASSWORD_UNCHANGED');
  const passwordHash = await hashPassword(input.newPassword);

  const { endedSessions, removedPasskeys, token, session } = db.transaction((tx) => {
    tx.update(users).set({ passwordHash, mustChangePassword: false, passwordChangedAt: now }).where(eq(users.id, user.id)).run();
    const ended = invalidateUserSessions(tx, user.id, 'passwordChanged', { now });
    const removedPasskeys = input.removePasskeys ? removeAllPasskeys(tx, user.id, now) : 0;
    // The new session stays on this device and keeps the second factor this one passed.
    const created = createSession(
      tx,
      {
        userId: user.id,
        ip: request.ip,
        userAgent: request.userAgent,
        deviceId: signedIn.session.deviceId,
        secondFactorAt: signedIn.session.secondFactorAt,
      },
      now,
    );
    const details = { endedOtherSessions: ended - 1, removedPasskeys };
    audit(audited, 'auth.passwordChanged', { request: { sessionId: created.session.id }, details }, tx);
    return { endedSessions: ended - 1, removedPasskeys, ...created };
  });
  setSessionTokenCookie(cookies, token, cookieExpiresAt(session, config.session), config.secureCookies);
  return { endedSessions, removedPasskeys };
}
