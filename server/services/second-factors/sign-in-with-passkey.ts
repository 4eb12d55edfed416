/**
 * Passwordless sign-in: the person picks a passkey in the browser, which names the account. A
 * passkey with user verification is two factors in one, so the session starts having passed the
 * second factor. Failures and lockouts count like password sign-ins.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { PasskeyAssertionInput } from '@/lib/schemas/second-factor';
import { audit } from '@/server/audit/audit';
import { auditContextOf } from '@/server/audit/audit-context';
import { beginPasswordAttempt, markAttemptSucceeded, refuseIfLocked, type AttemptOptions } from '@/server/auth/login-attempts';
import { findUserRecord } from '@/server/db/user-record';
import { isUserActive } from '@/server/policy/actor';
import { startSession } from '@/server/services/auth/start-session';
import { findSignInRegion } from '@/server/services/regions/find-sign-in-region';
import type { PasskeyServiceOptions } from '@/server/services/service-options';
import { toUserProfile } from '@/server/services/users/to-user-profile';
import { findPasskey } from './find-passkey';
import { verifyPasskeyAssertion } from './verify-passkey-assertion';

/** Failures with a passkey nobody has are counted under this name (and, above all, by IP). */
const unknownPasskeyLoginId = '(passkey)';

export async function signInWithPasskey(options: PasskeyServiceOptions, input: PasskeyAssertionInput) {
  const { db, config, request } = options;
  const now = options.now ?? new Date();
  const passkey = findPasskey(db, input.response.id);
  const user = passkey ? findUserRecord(db, { id: passkey.userId }) : null;
  const key = { loginId: user?.loginId ?? unknownPasskeyLoginId, ip: request.ip ?? 'unknown' };
  // Failures change nothing but the attempt count: their entries stand alone.
  const audited = { audit: auditContextOf(request, user ? { user } : null), now };
  // A passkey nobody has belongs to no account: its failures go to the deployment's region, if it has one.
  const regionId = user ? null : findSignInRegion(db, undefined);
  const auditLocked = (details: { scope: string; until: number }) =>
    audit(
      audited,
      'auth.signInLocked',
      { outcome: 'failure', actorLoginId: key.loginId, regionId, details: { ...details, method: 'passkey' } },
      db,
    );
  // A passkey with user verification is both factors: it may pass a login-ID lock.
  const throttle: AttemptOptions = { step: 'secondFactor', passLoginIdLock: true };
  const { attemptId } = beginPasswordAttempt(db, key, config.loginThrottle, now, auditLocked, throttle);

  const outcome = await verifyPasskeyAssertion({ ...options, now }, input, passkey, null);
  if (!outcome.ok || !user) {
    const reason = outcome.ok ? 'unknownUser' : outcome.reason;
    const details = { reason, method: 'passkey' };
    audit(audited, 'auth.signInFailed', { outcome: 'failure', actorLoginId: key.loginId, regionId, details }, db);
    refuseIfLocked(db, key, config.loginThrottle, now, auditLocked, throttle);
    throw new AppError('SECOND_FACTOR_INVALID');
  }
  if (!isUserActive(user)) {
    audit(audited, 'auth.signInFailed', { outcome: 'failure', details: { reason: 'disabled', method: 'passkey' } }, db);
    throw new AppError('ACCOUNT_DISABLED');
  }
  markAttemptSucceeded(db, attemptId);
  startSession({ ...options, now }, user, { method: 'passkey', secondFactorAt: now, passkeyId: input.response.id });
  return { user: toUserProfile(user), secondFactor: null };
}
