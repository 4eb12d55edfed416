/**
 * Sign-in by login ID and password. A wrong password and an unknown ID give the same answer and
 * take the same time; repeated failures lock sign-in for a while; every outcome is audited.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { SignInInput } from '@/lib/schemas/auth';
import { audit } from '@/server/audit/audit';
import { auditActorOf, auditContextOf } from '@/server/audit/audit-context';
import { beginPasswordAttempt, evaluateAttempts, markAttemptSucceeded, withdrawAttempt } from '@/server/auth/login-attempts';
import { verifyAgainstDecoy, verifyPassword } from '@/server/auth/password';
import { findUserRecord } from '@/server/db/user-record';
import { isUserActive } from '@/server/policy/actor';
import { secondFactorDueFor } from '@/server/services/second-factors/second-factor-due';
import type { AuthServiceOptions } from '@/server/services/service-options';
import { toUserProfile } from '@/server/services/users/to-user-profile';
import { startSession } from './start-session';

export async function signIn({ db, config, cookies, request, now = new Date() }: AuthServiceOptions, input: SignInInput) {
  const loginId = input.loginId.trim().toLowerCase();
  const key = { loginId, ip: request.ip ?? 'unknown' };
  // Failures change nothing but the attempt count: their entries stand alone.
  const audited = { audit: auditContextOf(request), now };
  const auditLocked = (details: { scope: string; until: number }) =>
    audit(audited, 'auth.signInLocked', { outcome: 'failure', actorLoginId: loginId, details }, db);

  const { attemptId } = beginPasswordAttempt(db, key, config.loginThrottle, now, auditLocked);

  // The slow hash runs outside every transaction, after this attempt is already counted.
  const user = findUserRecord(db, { loginId });
  const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDecoy(input.password);

  if (!user || !passwordOk) {
    const actor = user ? auditActorOf(user) : null;
    audit(
      audited,
      'auth.signInFailed',
      { outcome: 'failure', actor, actorLoginId: loginId, details: { reason: 'invalidCredentials' } },
      db,
    );
    const after = evaluateAttempts(db, key, config.loginThrottle, now);
    if (after.locked) {
      auditLocked({ scope: after.scope, until: after.until });
      throw new AppError('LOGIN_LOCKED', { until: new Date(after.until).toISOString() });
    }
    throw new AppError('INVALID_CREDENTIALS');
  }

  if (!isUserActive(user)) {
    audit(audited, 'auth.signInFailed', { outcome: 'failure', actor: auditActorOf(user), details: { reason: 'disabled' } }, db);
    throw new AppError('ACCOUNT_DISABLED');
  }

  // The session starts without a second factor; when the user has one, the next step asks for it.
  const secondFactor = secondFactorDueFor(db, { session: { secondFactorAt: null }, user });
  if (secondFactor === 'required') withdrawAttempt(db, attemptId);
  else markAttemptSucceeded(db, attemptId);
  startSession({ db, config, cookies, request, now }, user, { method: 'password' });
  return { user: toUserProfile(user), secondFactor };
}
