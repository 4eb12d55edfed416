/**
 * What every way of signing in ends with, once the person is known: this browser's device record
 * (made on its first sign-in; a revoked device is refused), a new session on it, the cookies, and
 * the audit entries, written with the session.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { auditContextOf } from '@/server/audit/audit-context';
import { ensureDeviceKey } from '@/server/auth/device-cookie';
import { cookieExpiresAt, createSession, type Session } from '@/server/auth/session';
import { setSessionTokenCookie } from '@/server/auth/session-cookie';
import type { DeviceRow } from '@/server/db/schema';
import type { UserRecord } from '@/server/db/user-record';
import { recognizeDevice } from '@/server/services/devices/recognize-device';
import type { AuthServiceOptions } from '@/server/services/service-options';

export type SignInMethod = 'password' | 'passkey';

export function startSession(
  { db, config, cookies, request, now = new Date() }: AuthServiceOptions,
  user: UserRecord,
  /** `passkeyId`: the passkey that signed the person in, without a password. */
  how: { method: SignInMethod; secondFactorAt?: Date | null; passkeyId?: string; passedLoginIdLock?: boolean },
): { session: Session; device: DeviceRow } {
  const deviceKey = ensureDeviceKey(cookies, config.secureCookies, now);
  const audited = { audit: auditContextOf(request, { user }), now };
  const { device, created } = db.transaction((tx) => {
    const seen = recognizeDevice(
      tx,
      { userId: user.id, deviceKey, ip: request.ip, userAgent: request.userAgent, approvalRequired: user.region.deviceApprovalRequired },
      now,
    );
    const onDevice = { deviceId: seen.id };
    if (seen.status === 'revoked') {
      audit(
        audited,
        'auth.signInFailed',
        { outcome: 'failure', request: onDevice, details: { reason: 'deviceRevoked', method: how.method } },
        tx,
      );
      return { device: seen, created: null };
    }
    const started = createSession(
      tx,
      { userId: user.id, ip: request.ip, userAgent: request.userAgent, deviceId: seen.id, secondFactorAt: how.secondFactorAt ?? null },
      now,
    );
    const inSession = { ...onDevice, sessionId: started.session.id };
    if (seen.firstSeenAt.getTime() === now.getTime()) {
      const details = { name: seen.name, status: seen.status };
      audit(audited, 'device.registered', { target: { type: 'device', id: seen.id }, request: onDevice, details }, tx);
    }
    const details = { method: how.method, deviceStatus: seen.status, ...(how.passedLoginIdLock && { passedLoginIdLock: true }) };
    audit(audited, 'auth.signIn', { request: inSession, details }, tx);
    if (how.passkeyId) audit(audited, 'passkey.signIn', { target: { type: 'passkey', id: how.passkeyId }, request: inSession }, tx);
    return { device: seen, created: started };
  });
  if (!created) throw new AppError('DEVICE_REVOKED');
  setSessionTokenCookie(cookies, created.token, cookieExpiresAt(created.session, config.session), config.secureCookies);
  return { session: created.session, device };
}
