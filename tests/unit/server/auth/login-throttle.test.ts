import { describe, expect, it } from 'vitest';
import { evaluateThrottle, secondFactorMayPass, type ThrottlePolicy } from '@/server/auth/login-throttle';

const windowMs = 15 * 60_000;
const policy: ThrottlePolicy = { windowMs, maxFailuresPerLoginId: 3, maxFailuresPerIp: 5 };
const now = 10_000_000;
/** Failure times `secondsAgo` before now. */
const ago = (...secondsAgo: number[]) => secondsAgo.map((s) => now - s * 1000);

describe('evaluateThrottle', () => {
  it('does not lock below the limit', () => {
    expect(evaluateThrottle({ byLoginId: ago(10, 20), byIp: ago(10, 20) }, policy, now)).toEqual({ locked: false });
  });

  it('locks at the limit until the oldest of the last N failures leaves the window', () => {
    expect(evaluateThrottle({ byLoginId: ago(30, 20, 10), byIp: [] }, policy, now)).toEqual({
      locked: true,
      scope: 'loginId',
      until: now - 30_000 + windowMs,
    });
  });

  it('uses the last N failures when there are more, whatever their order', () => {
    expect(evaluateThrottle({ byLoginId: ago(10, 50, 30, 40, 20), byIp: [] }, policy, now)).toEqual({
      locked: true,
      scope: 'loginId',
      until: now - 30_000 + windowMs,
    });
  });

  it('ignores failures outside the window', () => {
    const old = [now - windowMs, now - windowMs - 1];
    expect(evaluateThrottle({ byLoginId: [...old, ...ago(10, 20)], byIp: [] }, policy, now)).toEqual({ locked: false });
  });

  it('unlocks exactly when the pivot failure leaves the window', () => {
    const failures = { byLoginId: ago(30, 20, 10), byIp: [] };
    const decision = evaluateThrottle(failures, policy, now);
    if (!decision.locked) throw new Error('expected a lock');
    expect(evaluateThrottle(failures, policy, decision.until - 1).locked).toBe(true);
    expect(evaluateThrottle(failures, policy, decision.until)).toEqual({ locked: false });
  });

  it('locks by IP address on its own, looser limit', () => {
    expect(evaluateThrottle({ byLoginId: ago(5), byIp: ago(50, 40, 30, 20, 10) }, policy, now)).toEqual({
      locked: true,
      scope: 'ip',
      until: now - 50_000 + windowMs,
    });
    expect(evaluateThrottle({ byLoginId: [], byIp: ago(40, 30, 20, 10) }, policy, now)).toEqual({ locked: false });
  });

  it('reports the lock that lasts longer when both apply', () => {
    const idLonger = evaluateThrottle({ byLoginId: ago(3, 2, 1), byIp: ago(500, 400, 300, 200, 100) }, policy, now);
    expect(idLonger).toEqual({ locked: true, scope: 'loginId', until: now - 3000 + windowMs });
    const ipLonger = evaluateThrottle({ byLoginId: ago(600, 500, 400), byIp: ago(5, 4, 3, 2, 1) }, policy, now);
    expect(ipLonger).toEqual({ locked: true, scope: 'ip', until: now - 5000 + windowMs });
  });

  it('prefers the login ID scope on a tie', () => {
    expect(evaluateThrottle({ byLoginId: ago(30, 20, 10), byIp: ago(30, 29, 28, 27, 26) }, policy, now)).toMatchObject({
      scope: 'loginId',
    });
  });
});

describe('secondFactorMayPass', () => {
  it('lets a login-ID lock be passed while few second-factor failures stand against the ID', () => {
    expect(secondFactorMayPass({ byLoginId: ago(30, 20, 10), byIp: [], secondFactorByLoginId: ago(10) }, policy, now)).toBe(true);
  });

  it('not once second factors have failed as often as the login-ID limit', () => {
    expect(secondFactorMayPass({ byLoginId: ago(30, 20, 10), byIp: [], secondFactorByLoginId: ago(30, 20, 10) }, policy, now)).toBe(false);
  });

  it('never through an IP lock', () => {
    expect(secondFactorMayPass({ byLoginId: ago(30, 20, 10), byIp: ago(50, 40, 30, 20, 10) }, policy, now)).toBe(false);
  });
});
