/**
 * Reads and records password attempts for the throttle. An attempt is written, as a failure,
 * before the slow hash runs, so parallel requests each see the ones in flight; a right password
 * turns it into a success afterwards.
 */
import 'server-only';
import { and, desc, eq, gt, gte, inArray } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { Db } from '@/server/db/client';
import { loginAttempts } from '@/server/db/schema';
import { evaluateThrottle, type RecentFailures, type ThrottleDecision, type ThrottlePolicy } from './login-throttle';

export interface AttemptKey {
  loginId: string;
  ip: string;
}

export function findRecentFailures(db: Db, key: AttemptKey, windowMs: number, now: Date): RecentFailures {
  const since = new Date(now.getTime() - windowMs);
  const lastSuccess = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(
      and(eq(loginAttempts.loginId, key.loginId), inArray(loginAttempts.outcome, ['success', 'unlocked']), gte(loginAttempts.at, since)),
    )
    .orderBy(desc(loginAttempts.at))
    .limit(1)
    .get();
  const loginSince = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const byLoginId = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.loginId, key.loginId), eq(loginAttempts.outcome, 'failure'), gt(loginAttempts.at, loginSince)))
    .all();
  const byIp = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, key.ip), eq(loginAttempts.outcome, 'failure'), gt(loginAttempts.at, since)))
    .all();
  return { byLoginId: byLoginId.map((r) => r.at.getTime()), byIp: byIp.map((r) => r.at.getTime()) };
}

export function evaluateAttempts(db: Db, key: AttemptKey, policy: ThrottlePolicy, now: Date): ThrottleDecision {
  return evaluateThrottle(findRecentFailures(db, key, policy.windowMs, now), policy, now.getTime());
}

/**
 * Checks the throttle and, in the same synchronous step, records this attempt as a failure.
 * Throws LOGIN_LOCKED (after recording a `locked` attempt) when sign-in is locked; `onLocked`
 * lets the caller audit it.
 */
export function beginPasswordAttempt(
  db: Db,
  key: AttemptKey,
  policy: ThrottlePolicy,
  now: Date,
  onLocked: (decision: Extract<ThrottleDecision, { locked: true }>) => void,
): { attemptId: number } {
  const decision = evaluateAttempts(db, key, policy, now);
  if (decision.locked) {
    db.insert(loginAttempts)
      .values({ ...key, outcome: 'locked', at: now })
      .run();
    onLocked(decision);
    throw new AppError('LOGIN_LOCKED', { until: new Date(decision.until).toISOString() });
  }
  const row = db
    .insert(loginAttempts)
    .values({ ...key, outcome: 'failure', at: now })
    .returning({ id: loginAttempts.id })
    .get();
  return { attemptId: row.id };
}

export function markAttemptSucceeded(db: Db, attemptId: number): void {
  db.update(loginAttempts).set({ outcome: 'success' }).where(eq(loginAttempts.id, attemptId)).run();
}

/**
 * A right password with a second factor still to pass: neither a failure nor a success (a success
 * would reset the count, letting someone who knows the password guess codes without end). Only
 * passing the second factor counts as the success.
 */
export function withdrawAttempt(db: Db, attemptId: number): void {
  db.delete(loginAttempts).where(eq(loginAttempts.id, attemptId)).run();
}
