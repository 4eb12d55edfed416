/**
 * Reads and records sign-in attempts for the throttle. An attempt is written, as a failure,
 * before the slow check runs, so parallel requests each see the ones in flight; a right answer
 * turns it into a success afterwards. A refusal because of a lock writes one row and calls
 * `onLocked` (the caller's audit entry) once per lock and window, not once per refused request:
 * someone hammering a locked ID adds nothing to the tables.
 */
import 'server-only';
import { and, desc, eq, gt, gte, inArray } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { Db } from '@/server/db/client';
import { loginAttempts, type loginAttemptSteps } from '@/server/db/schema';
import { evaluateThrottle, secondFactorMayPass, type RecentFailures, type ThrottleDecision, type ThrottlePolicy } from './login-throttle';

export interface AttemptKey {
  loginId: string;
  ip: string;
}

export type LockedDecision = Extract<ThrottleDecision, { locked: true }>;

export interface AttemptOptions {
  step?: (typeof loginAttemptSteps)[number];
  /**
   * This attempt is, or follows, a correct password and is a second factor's: it may pass a
   * login-ID lock (server/auth/login-throttle.ts, secondFactorMayPass).
   */
  passLoginIdLock?: boolean;
}

/** Where a login ID's failures start counting: the window's start, or its last success (or unlock) within it. */
function countedSince(db: Db, loginId: string, since: Date): Date {
  const lastSuccess = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.loginId, loginId), inArray(loginAttempts.outcome, ['success', 'unlocked']), gte(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .limit(1)
    .get();
  return lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
}

export function findRecentFailures(db: Db, key: AttemptKey, windowMs: number, now: Date): RecentFailures {
  const since = new Date(now.getTime() - windowMs);
  const loginSince = countedSince(db, key.loginId, since);
  const byLoginId = db
    .select({ at: loginAttempts.at, step: loginAttempts.step })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.loginId, key.loginId), eq(loginAttempts.outcome, 'failure'), gt(loginAttempts.at, loginSince)))
    .all();
  const byIp = db
    .select({ at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, key.ip), eq(loginAttempts.outcome, 'failure'), gt(loginAttempts.at, since)))
    .all();
  return {
    byLoginId: byLoginId.map((r) => r.at.getTime()),
    byIp: byIp.map((r) => r.at.getTime()),
    secondFactorByLoginId: byLoginId.filter((r) => r.step === 'secondFactor').map((r) => r.at.getTime()),
  };
}

export function evaluateAttempts(db: Db, key: AttemptKey, policy: ThrottlePolicy, now: Date): ThrottleDecision {
  return evaluateThrottle(findRecentFailures(db, key, policy.windowMs, now), policy, now.getTime());
}

/** The lock standing now, and whether it refuses this attempt (a login-ID lock it may pass does not). */
function lockFor(db: Db, key: AttemptKey, policy: ThrottlePolicy, now: Date, options: AttemptOptions) {
  const failures = findRecentFailures(db, key, policy.windowMs, now);
  const decision = evaluateThrottle(failures, policy, now.getTime());
  if (!decision.locked) return { locked: false, refusing: null };
  const passes = options.passLoginIdLock === true && secondFactorMayPass(failures, policy, now.getTime());
  return { locked: true, refusing: passes ? null : decision };
}

/** Records the refusal once per lock and window (by login ID, or by address for an IP lock), then throws LOGIN_LOCKED. */
function refuse(
  db: Db,
  key: AttemptKey,
  decision: LockedDecision,
  policy: ThrottlePolicy,
  now: Date,
  onLocked: (d: LockedDecision) => void,
): never {
  const sameLock = decision.scope === 'ip' ? eq(loginAttempts.ip, key.ip) : eq(loginAttempts.loginId, key.loginId);
  const recorded = db
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(and(sameLock, eq(loginAttempts.outcome, 'locked'), gt(loginAttempts.at, new Date(now.getTime() - policy.windowMs))))
    .get();
  if (!recorded) {
    db.insert(loginAttempts)
      .values({ ...key, outcome: 'locked', at: now })
      .run();
    onLocked(decision);
  }
  throw new AppError('LOGIN_LOCKED', { until: new Date(decision.until).toISOString() });
}

/**
 * Checks the throttle and, in the same synchronous step, records this attempt as a failure.
 * Throws LOGIN_LOCKED when sign-in is locked for it.
 */
export function beginPasswordAttempt(
  db: Db,
  key: AttemptKey,
  policy: ThrottlePolicy,
  now: Date,
  onLocked: (decision: LockedDecision) => void,
  options: AttemptOptions = {},
): { attemptId: number; underLock: boolean } {
  const lock = lockFor(db, key, policy, now, options);
  if (lock.refusing) refuse(db, key, lock.refusing, policy, now, onLocked);
  const row = db
    .insert(loginAttempts)
    .values({ ...key, step: options.step ?? 'password', outcome: 'failure', at: now })
    .returning({ id: loginAttempts.id })
    .get();
  return { attemptId: row.id, underLock: lock.locked };
}

/** After a failed attempt: throws LOGIN_LOCKED if this failure (or an earlier one) locks it. */
export function refuseIfLocked(
  db: Db,
  key: AttemptKey,
  policy: ThrottlePolicy,
  now: Date,
  onLocked: (decision: LockedDecision) => void,
  options: AttemptOptions = {},
): void {
  const lock = lockFor(db, key, policy, now, options).refusing;
  if (lock) refuse(db, key, lock, policy, now, onLocked);
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

/** A login ID's lock as administrators see it: until when, and the failures behind it by address. */
export interface LoginIdLock {
  until: number;
  failures: Array<{ ip: string; at: number }>;
}

export function findLoginIdLock(db: Db, loginId: string, policy: ThrottlePolicy, now: Date): LoginIdLock | null {
  const since = countedSince(db, loginId, new Date(now.getTime() - policy.windowMs));
  const failures = db
    .select({ ip: loginAttempts.ip, at: loginAttempts.at })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.loginId, loginId), eq(loginAttempts.outcome, 'failure'), gt(loginAttempts.at, since)))
    .orderBy(desc(loginAttempts.at))
    .all()
    .map((row) => ({ ip: row.ip, at: row.at.getTime() }));
  const decision = evaluateThrottle({ byLoginId: failures.map((f) => f.at), byIp: [] }, policy, now.getTime());
  return decision.locked ? { until: decision.until, failures } : null;
}
