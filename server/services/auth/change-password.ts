/**
 * A user changes their own password. Every other session of theirs ends; this one is replaced by
 * a fresh token, so a stolen cookie does not survive the change.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { ChangePasswordInput } from '@/lib/schemas/auth';
import { findPasswordProblems } from '@/lib/schemas/password';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { beginPasswordAttempt, markAttemptSucceeded } from '@/server/auth/login-attempts';
import { hashPassword, verifyPassword } from '@/server/auth/password';
import { createSession, invalidateUserSessions, cookieExpiresAt } from '@/server/auth/session';
import { setSessionTokenCookie } from '@/server/auth/session-cookie';
import { users } from '@/server/db/schema';
import { auditActorOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

export async function changePassword(
  { db, config, cookies, request, now = new Date() }: AuthServiceOptions,
  signedIn: SignedIn,
  input: ChangePasswordInput,
): Promise<{ endedSessions: number }> {
  const { user } = signedIn;
  const auditRequest = { ip: request.ip, userAgent: request.userAgent, sessionId: signedIn.session.id };
  // Guessing the current password from a stolen session counts towards the same lockout as sign-in.
  const key = { loginId: user.loginId, ip: request.ip ?? 'unknown' };
  const { attemptId } = beginPasswordAttempt(db, key, config.loginThrottle, now, (decision) =>
    appendAuditEntry(
      db,
      {
        action: 'auth.signInLocked',
        outcome: 'failure',
        actor: auditActorOf(user),
        request: auditRequest,
        details: { scope: decision.scope, until: decision.until },
      },
      now.getTime(),
    ),
  );
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    appendAuditEntry(
      db,
      {
        action: 'auth.passwordChangeFailed',
        outcome: 'failure',
        actor: auditActorOf(user),
        request: auditRequest,
        details: { reason: 'wrongCurrentPassword' },
      },
      now.getTime(),
    );
    throw new AppError('WRONG_CURRENT_PASSWORD');
  }
  markAttemptSucceeded(db, attemptId);
  const problems = findPasswordProblems(input.newPassword);
  if (problems.length > 0) throw new AppError('PASSWORD_POLICY', { problems });
  if (await verifyPassword(user.passwordHash, input.newPassword)) throw new AppError('PASSWORD_UNCHANGED');
  const passwordHash = await hashPassword(input.newPassword);

  const { endedSessions, token, session } = db.transaction((tx) => {
    tx.update(users).set({ passwordHash, mustChangePassword: false, passwordChangedAt: now }).where(eq(users.id, user.id)).run();
    const ended = invalidateUserSessions(tx, user.id);
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
    return { endedSessions: ended - 1, ...created };
  });
  setSessionTokenCookie(cookies, token, cookieExpiresAt(session, config.session), config.secureCookies);
  appendAuditEntry(
    db,
    {
      action: 'auth.passwordChanged',
      actor: auditActorOf(user),
      request: { ...auditRequest, sessionId: session.id },
      details: { endedOtherSessions: endedSessions },
    },
    now.getTime(),
  );
  return { endedSessions };
}
