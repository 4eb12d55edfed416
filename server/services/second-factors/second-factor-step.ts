/**
 * The bookkeeping every second-factor check shares: it counts towards the sign-in lockout like a
 * password (an attempt recorded before checking, turned into a success when it passes), failures
 * and passes are audited, and a pass marks the session as having passed a second factor.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { beginPasswordAttempt, evaluateAttempts, markAttemptSucceeded } from '@/server/auth/login-attempts';
import type { DbExecutor } from '@/server/db/client';
import { sessions } from '@/server/db/schema';
import { auditActorOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

export type SecondFactorMethod = 'totp' | 'recoveryCode' | 'passkey';

export interface SecondFactorStep {
  /** Call when the factor was wrong: audits, then throws SECOND_FACTOR_INVALID (or LOGIN_LOCKED). */
  fail(reason: string): never;
  /** Call inside the transaction that consumed the factor. */
  markPassed(tx: DbExecutor): void;
  /** Call after that transaction: counts the success, audits it. */
  passed(details?: Record<string, unknown>): void;
}

export function auditRequestOf(options: AuthServiceOptions, signedIn: SignedIn) {
  return {
    ip: options.request.ip,
    userAgent: options.request.userAgent,
    sessionId: signedIn.session.id,
    deviceId: signedIn.session.deviceId,
  };
}

export function markSessionSecondFactor(tx: DbExecutor, sessionId: string, at: Date): void {
  tx.update(sessions).set({ secondFactorAt: at }).where(eq(sessions.id, sessionId)).run();
}

export function beginSecondFactorStep(options: AuthServiceOptions, signedIn: SignedIn, method: SecondFactorMethod): SecondFactorStep {
  const { db, config, now = new Date() } = options;
  const actor = auditActorOf(signedIn.user);
  const request = auditRequestOf(options, signedIn);
  const key = { loginId: signedIn.user.loginId, ip: options.request.ip ?? 'unknown' };
  const auditLocked = (decision: { scope: string; until: number }) =>
    appendAuditEntry(
      db,
      {
        action: 'auth.signInLocked',
        outcome: 'failure',
        actor,
        request,
        details: { scope: decision.scope, until: decision.until, step: 'secondFactor' },
      },
      now.getTime(),
    );
  const { attemptId } = beginPasswordAttempt(db, key, config.loginThrottle, now, auditLocked);
  return {
    fail(reason) {
      appendAuditEntry(
        db,
        { action: 'secondFactor.failed', outcome: 'failure', actor, request, details: { method, reason } },
        now.getTime(),
      );
      const after = evaluateAttempts(db, key, config.loginThrottle, now);
      if (after.locked) {
        auditLocked({ scope: after.scope, until: after.until });
        throw new AppError('LOGIN_LOCKED', { until: new Date(after.until).toISOString() });
      }
      throw new AppError('SECOND_FACTOR_INVALID');
    },
    markPassed(tx) {
      markSessionSecondFactor(tx, signedIn.session.id, now);
      signedIn.session.secondFactorAt = now;
    },
    passed(details = {}) {
      markAttemptSucceeded(db, attemptId);
      appendAuditEntry(db, { action: 'secondFactor.verified', actor, request, details: { method, ...details } }, now.getTime());
    },
  };
}
