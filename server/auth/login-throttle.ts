/**
 * Sign-in throttling: after too many failures in a sliding window, per login ID (since its last
 * success) and, more loosely, per IP address, sign-in is refused — even with the right password —
 * until the window has moved past enough of those failures. Anyone can lock a login ID by failing
 * at it, so a login-ID lock (never an IP lock) lets through someone who then passes a second
 * factor too, while few second-factor failures stand against the ID.
 */
export interface ThrottlePolicy {
  windowMs: number;
  maxFailuresPerLoginId: number;
  maxFailuresPerIp: number;
}

export interface RecentFailures {
  /** Times (ms) of failures for this login ID within the window and after its last success. */
  byLoginId: number[];
  /** Times (ms) of failures from this IP within the window. */
  byIp: number[];
  /** Those of `byLoginId` at a second factor (a code, a recovery code, a passkey). */
  secondFactorByLoginId?: number[];
}

export type ThrottleDecision = { locked: false } | { locked: true; until: number; scope: 'loginId' | 'ip' };

function lockedUntil(failures: number[], max: number, windowMs: number, now: number): number | null {
  const inWindow = failures.filter((at) => now - at < windowMs).sort((a, b) => a - b);
  if (inWindow.length < max) return null;
  // The lock lifts when the oldest of the last `max` failures leaves the window.
  const pivot = inWindow[inWindow.length - max] ?? now;
  return pivot + windowMs;
}

export function evaluateThrottle(failures: RecentFailures, policy: ThrottlePolicy, now: number): ThrottleDecision {
  const byLoginId = lockedUntil(failures.byLoginId, policy.maxFailuresPerLoginId, policy.windowMs, now);
  const byIp = lockedUntil(failures.byIp, policy.maxFailuresPerIp, policy.windowMs, now);
  if (byLoginId === null && byIp === null) return { locked: false };
  if (byIp === null || (byLoginId !== null && byLoginId >= byIp)) return { locked: true, until: byLoginId ?? now, scope: 'loginId' };
  return { locked: true, until: byIp, scope: 'ip' };
}

/**
 * Whether a login-ID lock may be passed by a correct password followed by a correct second factor:
 * not while the address is locked, nor once the ID has met its limit in second-factor failures
 * (someone who has the password guessing codes gets no more tries than without a lock).
 */
export function secondFactorMayPass(failures: RecentFailures, policy: ThrottlePolicy, now: number): boolean {
  return (
    lockedUntil(failures.byIp, policy.maxFailuresPerIp, policy.windowMs, now) === null &&
    lockedUntil(failures.secondFactorByLoginId ?? [], policy.maxFailuresPerLoginId, policy.windowMs, now) === null
  );
}
