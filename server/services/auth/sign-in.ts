/**
 * Sign-in by login ID and password. A wrong password and an unknown ID give the same answer and
 * take the same time; repeated failures lock sign-in for a while; every outcome is audited. A
 * login-ID lock (not an IP lock) is passed by the right password of an account with a second
 * factor: the session starts owing it, and only passing it signs the person in (anyone can lock an
 * ID by failing at it; they cannot pass both factors).
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { SignInInput } from '@/lib/schemas/auth';
import { audit } from '@/server/audit/audit';
import { auditActorOf, auditContextOf } from '@/server/audit/audit-context';
import { beginPasswordAttempt, markAttemptSucceeded, refuseIfLocked, withdrawAttempt } from '@/server/auth/login-attempts';
import { verifyAgainstDecoy, verifyPassword } from '@/server/auth/password';
import { findUserRecord } from '@/server/db/user-record';
import { isUserActive } from '@/server/policy/actor';
import { findSignInRegion } from '@/server/services/regions/find-sign-in-region';
import { hasSecondFactor, secondFactorDueFor } from '@/server/services/second-factors/second-factor-due';
import type { AuthServiceOptions } from '@/server/services/service-options';
import { toUserProfile } from '@/server/services/users/to-user-profile';
import { startSession } from './start-session';

export async function signIn({ db, config, cookies, request, now = new Date() }: AuthServiceOptions, input: SignInInput) {
  const loginId = input.loginId.trim().toLowerCase();
  const key = { loginId, ip: request.ip ?? 'unknown' };
  // Failures change nothing but the attempt count: their entries stand alone.
  const audited = { audit: auditContextOf(request), now };
  const user = findUserRecord(db, { loginId });
  // Whose log an attempt belongs to: the account's, or for an unknown ID the region it came through.
  const actor = user ? auditActorOf(user) : null;
  const regionId = user ? null : findSignInRegion(db, input.region);
  const auditLocked = (details: { scope: string; until: number }) =>
    audit(audited, 'auth.signInLocked', { outcome: 'failure', actor, actorLoginId: loginId, regionId, details }, db);

  // Only an account with a second factor can pass a login-ID lock: for any other, a lock refuses
  // at once, with nothing hashed and nothing more written.
  const passLoginIdLock = user !== null && hasSecondFactor(db, user.id);
  const { attemptId, underLock } = beginPasswordAttempt(db, key, config.loginThrottle, now, auditLocked, { passLoginIdLock });

  // The slow hash runs outside every transaction, after this attempt is already counted.
  const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDecoy(input.password);

  if (!user || !passwordOk) {
    const details = { reason: 'invalidCredentials' };
    audit(audited, 'auth.signInFailed', { outcome: 'failure', actor, actorLoginId: loginId, regionId, details }, db);
    refuseIfLocked(db, key, config.loginThrottle, now, auditLocked);
    throw new AppError('INVALID_CREDENTIALS');
  }

  if (!isUserActive(user)) {
    audit(audited, 'auth.signInFailed', { outcome: 'failure', actor: auditActorOf(user), details: { reason: 'disabled' } }, db);
    throw new AppError('ACCOUNT_DISABLED');
  }

  // The session starts without a second factor; when the user has one, the next step asks for it.
  const secondFactor = secondFactorDueFor(db, { session: { secondFactorAt: null }, user });
  // Under a lock only accounts with a second factor got this far: it is owed here.
  if (secondFactor === 'required') withdrawAttempt(db, attemptId);
  else markAttemptSucceeded(db, attemptId);
  startSession({ db, config, cookies, request, now }, user, { method: 'password', passedLoginIdLock: underLock });
  return { user: toUserProfile(user), secondFactor };
}
