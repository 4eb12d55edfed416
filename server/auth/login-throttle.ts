/**
 * Sign-in throttling: after too many failures in a sliding window, per login ID (since its last
 * success) and, more loosely, per IP address, sign-in is refused — even with the right password —
 * until the window has moved past enough of those failures.
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
