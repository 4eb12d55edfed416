/**
 * A user signs out one of their own devices: its sessions end; it stays approved, so signing in
 * there again needs no administrator. Signing out the device in hand is plain sign-out.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { audit } from '@/server/audit/audit';
import { invalidateDeviceSessions } from '@/server/auth/session';
import { findOwnDevice } from '@/server/policy/device-admin';
import { removePushSubscriptions } from '@/server/push/remove-push-subscriptions';
import type { OwnDeviceServiceOptions } from '@/server/services/service-options';

export function signOutOwnDevice(options: OwnDeviceServiceOptions, input: { deviceId: string }): { endedSessions: number } {
  const { db, user, currentDeviceId } = options;
  const device = findOwnDevice(db, user, input.deviceId);
  if (device.id === currentDeviceId) throw new AppError('INVALID_INPUT', { reason: 'currentDevice' });
  const endedSessions = db.transaction((tx) => {
    const ended = invalidateDeviceSessions(tx, device.id, 'deviceSignedOut', options.now);
    removePushSubscriptions(tx, { deviceId: device.id });
    audit(
      options,
      'device.signedOut',
      { target: { type: 'device', id: device.id }, details: { name: device.name, endedSessions: ended } },
      tx,
    );
    return ended;
  });
  return { endedSessions };
}
