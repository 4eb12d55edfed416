/**
 * Turns the request's session cookie into a signed-in user, or says why not. A session of a
 * disabled account is ended on the spot.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/server/db/client';
import { facilities, regions, users, type EndedSessionReason } from '@/server/db/schema';
import { invalidateSession, validateSessionToken, type SessionExpiry } from '@/server/auth/session';
import { readSessionToken } from '@/server/auth/session-cookie';
import { readDeviceKey } from '@/server/auth/device-cookie';
import { findDevice } from '@/server/services/devices/find-device';
import { isRevokedDeviceKey } from '@/server/services/devices/is-revoked-device-key';
import { findUserRecord } from '@/server/db/user-record';
import { isUserActive } from '@/server/policy/actor';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

/**
 * Why nobody is signed in. The device wipes itself only for `disabled` and `deviceRevoked`; for
 * the others it keeps unsent work and asks its user to sign in again.
 */
export type SessionProblem = 'none' | 'invalid' | 'disabled' | 'deviceRevoked' | 'passwordChanged' | 'signedOutElsewhere' | SessionExpiry;

export type SessionResolution = { signedIn: SignedIn } | { signedIn: null; reason: SessionProblem };

const problemOfEnding: Record<EndedSessionReason, SessionProblem> = {
  idle: 'idle',
  maxAge: 'maxAge',
  disabled: 'disabled',
  deviceRevoked: 'deviceRevoked',
  passwordChanged: 'passwordChanged',
  factorsReset: 'passwordChanged',
  signedOut: 'signedOutElsewhere',
  signedOutEverywhere: 'signedOutElsewhere',
  deviceSignedOut: 'signedOutElsewhere',
};

export function resolveSession({
  db,
  config,
  cookies,
  now = new Date(),
  renew = true,
}: Omit<AuthServiceOptions, 'request'> & { renew?: boolean }): SessionResolution {
  const token = readSessionToken(cookies, config.secureCookies);
  if (!token) return { signedIn: null, reason: 'none' };
  const validation = validateSessionToken(db, token, config.session, now, (userId) => regionIdleTimeoutMs(db, userId), { renew });
  // The cookie is left alone: a stale request answered after a new sign-in or password change
  // would otherwise delete the new session's cookie. An unknown token signs nobody in anyway.
  if (!validation.ok) {
    if (validation.reason === 'idle' || validation.reason === 'maxAge') return { signedIn: null, reason: validation.reason };
    if (validation.reason === 'ended') return { signedIn: null, reason: problemOfEnding[validation.endedBecause] };
    // Revoking ended the session: say so, so the device can tell its user why it was wiped.
    const deviceKey = readDeviceKey(cookies, config.secureCookies);
    return { signedIn: null, reason: deviceKey && isRevokedDeviceKey(db, deviceKey) ? 'deviceRevoked' : 'invalid' };
  }
  const user = findUserRecord(db, { id: validation.session.userId });
  if (!user || !isUserActive(user)) {
    invalidateSession(db, validation.session.id, 'disabled', now);
    return { signedIn: null, reason: 'disabled' };
  }
  const device = validation.session.deviceId ? findDevice(db, validation.session.deviceId) : null;
  // Revoking ends the device's sessions; this catches one opened in the same instant.
  if (device?.status === 'revoked') {
    invalidateSession(db, validation.session.id, 'deviceRevoked', now);
    return { signedIn: null, reason: 'deviceRevoked' };
  }
  return { signedIn: { session: validation.session, user, device } };
}

/** The region administrator's idle timeout for this user's region, if set (the shorter of it and the server's applies). */
function regionIdleTimeoutMs(db: Db, userId: string): number | null {
  const row = db
    .select({ minutes: regions.idleTimeoutMinutes })
    .from(users)
    .innerJoin(facilities, eq(users.facilityId, facilities.id))
    .innerJoin(regions, eq(facilities.regionId, regions.id))
    .where(eq(users.id, userId))
    .get();
  return row?.minutes ? row.minutes * 60_000 : null;
}
