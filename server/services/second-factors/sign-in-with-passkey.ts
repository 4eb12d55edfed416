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
import { beginPasswordAttempt, evaluateAttempts, markAttemptSucceeded } from '@/server/auth/login-attempts';
import { findUserRecord } from '@/server/db/user-record';
import { isUserActive } from '@/server/policy/actor';
import { startSession } from '@/server/services/auth/start-session';
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
  const auditLocked = (details: { scope: string; until: number }) =>
    audit(audited, 'auth.signInLocked', { outcome: 'failure', actorLoginId: key.loginId, details: { ...details, method: 'passkey' } }, db);
  const { attemptId } = beginPasswordAttempt(db, key, config.loginThrottle, now, auditLocked);

  const outcome = await verifyPasskeyAssertion({ ...options, now }, input, passkey, null);
  if (!outcome.ok || !user) {
    const reason = outcome.ok ? 'unknownUser' : outcome.reason;
    audit(audited, 'auth.signInFailed', { outcome: 'failure', actorLoginId: key.loginId, details: { reason, method: 'passkey' } }, db);
    const after = evaluateAttempts(db, key, config.loginThrottle, now);
    if (after.locked) {
      auditLocked({ scope: after.scope, until: after.until });
      throw new AppError('LOGIN_LOCKED', { until: new Date(after.until).toISOString() });
    }
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
