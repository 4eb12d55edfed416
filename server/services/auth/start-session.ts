/**
 * What every way of signing in ends with, once the person is known: this browser's device record
 * (made on its first sign-in; a revoked device is refused), a new session on it, the cookies, and
 * the audit entry.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { appendAuditEntries, appendAuditEntry } from '@/server/audit/append-audit-entry';
import { ensureDeviceKey } from '@/server/auth/device-cookie';
import { cookieExpiresAt, createSession, type Session } from '@/server/auth/session';
import { setSessionTokenCookie } from '@/server/auth/session-cookie';
import { recognizeDevice } from '@/server/services/devices/recognize-device';
import type { DeviceRow } from '@/server/db/schema';
import type { UserRecord } from '@/server/db/user-record';
import { auditActorOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions } from '@/server/services/service-options';

export type SignInMethod = 'password' | 'passkey';

export function startSession(
  { db, config, cookies, request, now = new Date() }: AuthServiceOptions,
  user: UserRecord,
  how: { method: SignInMethod; secondFactorAt?: Date | null },
): { session: Session; device: DeviceRow } {
  const deviceKey = ensureDeviceKey(cookies, config.secureCookies, now);
  const actor = auditActorOf(user);
  const auditRequest = { ip: request.ip, userAgent: request.userAgent };
  const started = db.transaction((tx) => {
    const device = recognizeDevice(
      tx,
      { userId: user.id, deviceKey, ip: request.ip, userAgent: request.userAgent, approvalRequired: user.region.deviceApprovalRequired },
      now,
    );
    if (device.status === 'revoked') return { device, created: null };
    const created = createSession(
      tx,
      { userId: user.id, ip: request.ip, userAgent: request.userAgent, deviceId: device.id, secondFactorAt: how.secondFactorAt ?? null },
      now,
    );
    return { device, created };
  });
  const { device, created } = started;
  const deviceRequest = { ...auditRequest, deviceId: device.id };
  if (!created) {
    appendAuditEntry(
      db,
      {
        action: 'auth.signInFailed',
        outcome: 'failure',
        actor,
        request: deviceRequest,
        details: { reason: 'deviceRevoked', method: how.method },
      },
      now.getTime(),
    );
    throw new AppError('DEVICE_REVOKED');
  }
  setSessionTokenCookie(cookies, created.token, cookieExpiresAt(created.session, config.session), config.secureCookies);
  const firstSignIn = device.firstSeenAt.getTime() === now.getTime();
  appendAuditEntries(
    db,
    [
      ...(firstSignIn
        ? [
            {
              action: 'device.registered' as const,
              actor,
              target: { type: 'device', id: device.id },
              request: deviceRequest,
              details: { name: device.name, status: device.status },
            },
          ]
        : []),
      {
        action: 'auth.signIn',
        actor,
        request: { ...deviceRequest, sessionId: created.session.id },
        details: { method: how.method, deviceStatus: device.status },
      },
    ],
    now.getTime(),
  );
  return { session: created.session, device };
}
