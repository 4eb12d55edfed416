/**
 * An administrator approves a device (patient data may reach it from its next sync) or revokes it
 * (its sessions end now; at its next contact the app finds itself signed out and wipes its local
 * data; signing in on it again is refused). Approving a revoked device lets it be used again (a
 * lost tablet found).
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { audit } from '@/server/audit/audit';
import { invalidateDeviceSessions } from '@/server/auth/session';
import { announceSessionsChanged } from '@/server/auth/session-events';
import { devices } from '@/server/db/schema';
import { findManageableDevice } from '@/server/policy/device-admin';
import { removePushSubscriptions } from '@/server/push/remove-push-subscriptions';
import type { DeviceStatus } from '@/lib/schemas/device';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function decideDevice(
  options: AdminServiceOptions,
  input: { deviceId: string; status: Exclude<DeviceStatus, 'pending'> },
): { status: DeviceStatus; endedSessions: number } {
  const { db, admin, now = new Date() } = options;
  const { device, owner } = findManageableDevice(db, admin, input.deviceId);
  if (device.status === input.status) return { status: device.status, endedSessions: 0 };
  const endedSessions = db.transaction((tx) => {
    tx.update(devices).set({ status: input.status, decidedAt: now, decidedBy: admin.id }).where(eq(devices.id, device.id)).run();
    const ended = input.status === 'revoked' ? invalidateDeviceSessions(tx, device.id, 'deviceRevoked', now) : 0;
    if (input.status === 'revoked') removePushSubscriptions(tx, { deviceId: device.id });
    // An approved device's open stream starts passing notices on (and tells it to pull) at once.
    if (input.status === 'approved') announceSessionsChanged();
    audit(
      options,
      input.status === 'approved' ? 'device.approved' : 'device.revoked',
      {
        target: { type: 'device', id: device.id },
        details: { loginId: owner.loginId, name: device.name, previousStatus: device.status, endedSessions: ended },
      },
      tx,
    );
    return ended;
  });
  return { status: input.status, endedSessions };
}
