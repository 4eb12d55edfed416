/**
 * Passwordless sign-in: the person picks a passkey in the browser, which names the account. A
 * passkey with user verification is two factors in one, so the session starts having passed the
 * second factor. Failures and lockouts count like password sign-ins.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { PasskeyAssertionInput } from '@/lib/schemas/second-factor';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { beginPasswordAttempt, evaluateAttempts, markAttemptSucceeded } from '@/server/auth/login-attempts';
import { startSession } from '@/server/services/auth/start-session';
import { findPasskey, verifyPasskeyAssertion } from './passkey-assertion';
import { auditActorOf } from '@/server/audit/audit-context';
import { findUserRecord } from '@/server/db/user-record';
import { isUserActive } from '@/server/policy/actor';
import { toUserProfile } from '@/server/services/users/to-user-profile';
import type { PasskeyServiceOptions } from '@/server/services/service-options';

/** Failures with a passkey nobody has are counted under this name (and, above all, by IP). */
const unknownPasskeyLoginId = '(passkey)';

export async function signInWithPasskey(options: PasskeyServiceOptions, input: PasskeyAssertionInput) {
  const { db, config, request } = options;
  const now = options.now ?? new Date();
  const passkey = findPasskey(db, input.response.id);
  const user = passkey ? findUserRecord(db, { id: passkey.userId }) : null;
  const key = { loginId: user?.loginId ?? unknownPasskeyLoginId, ip: request.ip ?? 'unknown' };
  const auditRequest = { ip: request.ip, userAgent: request.userAgent };
  const actor = user ? auditActorOf(user) : null;
  const auditLocked = (details: { scope: string; until: number }) =>
    appendAuditEntry(
      db,
      {
        action: 'auth.signInLocked',
        outcome: 'failure',
        actor,
        actorLoginId: key.loginId,
        request: auditRequest,
        details: { ...details, method: 'passkey' },
      },
      now.getTime(),
    );
  const { attemptId } = beginPasswordAttempt(db, key, config.loginThrottle, now, auditLocked);

  const outcome = await verifyPasskeyAssertion({ ...options, now }, input, passkey, null);
  if (!outcome.ok || !user) {
    const reason = outcome.ok ? 'unknownUser' : outcome.reason;
    appendAuditEntry(
      db,
      {
        action: 'auth.signInFailed',
        outcome: 'failure',
        actor,
        actorLoginId: key.loginId,
        request: auditRequest,
        details: { reason, method: 'passkey' },
      },
      now.getTime(),
    );
    const after = evaluateAttempts(db, key, config.loginThrottle, now);
    if (after.locked) {
      auditLocked({ scope: after.scope, until: after.until });
      throw new AppError('LOGIN_LOCKED', { until: new Date(after.until).toISOString() });
    }
    throw new AppError('SECOND_FACTOR_INVALID');
  }
  if (!isUserActive(user)) {
    appendAuditEntry(
      db,
      { action: 'auth.signInFailed', outcome: 'failure', actor, request: auditRequest, details: { reason: 'disabled', method: 'passkey' } },
      now.getTime(),
    );
    throw new AppError('ACCOUNT_DISABLED');
  }
  markAttemptSucceeded(db, attemptId);
  const { session } = startSession({ ...options, now }, user, { method: 'passkey', secondFactorAt: now });
  appendAuditEntry(
    db,
    {
      action: 'passkey.signIn',
      actor,
      target: { type: 'passkey', id: input.response.id },
      request: { ...auditRequest, sessionId: session.id, deviceId: session.deviceId },
    },
    now.getTime(),
  );
  return { user: toUserProfile(user), secondFactor: null };
}
