/**
 * The bookkeeping every second-factor check shares: it counts towards the sign-in lockout like a
 * password (an attempt recorded before checking, turned into a success when it passes), failures
 * and passes are audited, and a pass marks the session as having passed a second factor.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { auditContextOf } from '@/server/audit/audit-context';
import { beginPasswordAttempt, markAttemptSucceeded, refuseIfLocked, type AttemptOptions } from '@/server/auth/login-attempts';
import type { DbExecutor } from '@/server/db/client';
import { sessions } from '@/server/db/schema';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

export type SecondFactorMethod = 'totp' | 'recoveryCode' | 'passkey';

export interface SecondFactorStep {
  /** Call when the factor was wrong: audits, then throws SECOND_FACTOR_INVALID (or LOGIN_LOCKED). */
  fail(reason: string): never;
  /** Call inside the transaction that consumed the factor: marks the session and audits the pass with it. */
  markPassed(tx: DbExecutor, details?: Record<string, unknown>): void;
  /** Call after that transaction: counts the success, as a sign-in would. */
  passed(): void;
}

/** A factor passed is also a fresh proof of who is at the screen (server/services/second-factors/reauthentication.ts). */
export function markSessionSecondFactor(tx: DbExecutor, sessionId: string, at: Date): void {
  tx.update(sessions).set({ secondFactorAt: at, reauthenticatedAt: at }).where(eq(sessions.id, sessionId)).run();
}

export function beginSecondFactorStep(options: AuthServiceOptions, signedIn: SignedIn, method: SecondFactorMethod): SecondFactorStep {
  const { db, config, now = new Date() } = options;
  const audited = { audit: auditContextOf(options.request, signedIn), now };
  const key = { loginId: signedIn.user.loginId, ip: options.request.ip ?? 'unknown' };
  // Failures change nothing but the attempt count: their entries stand alone.
  const auditLocked = (decision: { scope: string; until: number }) =>
    audit(
      audited,
      'auth.signInLocked',
      { outcome: 'failure', details: { scope: decision.scope, until: decision.until, step: 'secondFactor' } },
      db,
    );
  // A second factor may pass a login-ID lock: the session got here with the right password.
  const throttle: AttemptOptions = { step: 'secondFactor', passLoginIdLock: true };
  const { attemptId } = beginPasswordAttempt(db, key, config.loginThrottle, now, auditLocked, throttle);
  return {
    fail(reason) {
      audit(audited, 'secondFactor.failed', { outcome: 'failure', details: { method, reason } }, db);
      refuseIfLocked(db, key, config.loginThrottle, now, auditLocked, throttle);
      throw new AppError('SECOND_FACTOR_INVALID');
    },
    markPassed(tx, details = {}) {
      markSessionSecondFactor(tx, signedIn.session.id, now);
      audit(audited, 'secondFactor.verified', { details: { method, ...details } }, tx);
      signedIn.session.secondFactorAt = now;
      signedIn.session.reauthenticatedAt = now;
    },
    passed() {
      markAttemptSucceeded(db, attemptId);
    },
  };
}
