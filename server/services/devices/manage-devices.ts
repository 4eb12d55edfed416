/**
 * What administrators do with a device: approve it (patient data may reach it from its next
 * sync), revoke it (its sessions end now; at its next contact the app finds itself signed out
 * and wipes its local data; signing in on it again is refused), rename it. Approving a revoked
 * device lets it be used again (a lost tablet found).
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { RenameDeviceInput } from '@/lib/schemas/device';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { devices, sessions } from '@/server/db/schema';
import { findManageableDevice } from '@/server/policy/device-admin';
import type { DeviceStatus } from '@/lib/schemas/device';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function decideDevice(
  { db, admin, audit, now = new Date() }: AdminServiceOptions,
  input: { deviceId: string; status: Exclude<DeviceStatus, 'pending'> },
): { status: DeviceStatus; endedSessions: number } {
  const { device, owner } = findManageableDevice(db, admin, input.deviceId);
  if (device.status === input.status) return { status: device.status, endedSessions: 0 };
  const endedSessions = db.transaction((tx) => {
    tx.update(devices).set({ status: input.status, decidedAt: now, decidedBy: admin.id }).where(eq(devices.id, device.id)).run();
    return input.status === 'revoked' ? tx.delete(sessions).where(eq(sessions.deviceId, device.id)).run().changes : 0;
  });
  appendAuditEntry(
    db,
    {
      action: input.status === 'approved' ? 'device.approved' : 'device.revoked',
      actor: audit.actor,
      target: { type: 'device', id: device.id },
      request: audit.request,
      details: { loginId: owner.loginId, name: device.name, previousStatus: device.status, endedSessions },
    },
    now.getTime(),
  );
  return { status: input.status, endedSessions };
}

export function renameManagedDevice(
  { db, admin, audit, now = new Date() }: AdminServiceOptions,
  input: RenameDeviceInput,
): { name: string } {
  const { device, owner } = findManageableDevice(db, admin, input.deviceId);
  return renameDevice({ db, audit, now }, device, input.name, owner.loginId);
}

export function renameDevice(
  { db, audit, now = new Date() }: Pick<AdminServiceOptions, 'db' | 'audit' | 'now'>,
  device: { id: string; name: string },
  name: string,
  ownerLoginId: string,
): { name: string } {
  if (device.name === name) return { name };
  db.update(devices).set({ name }).where(eq(devices.id, device.id)).run();
  appendAuditEntry(
    db,
    {
      action: 'device.renamed',
      actor: audit.actor,
      target: { type: 'device', id: device.id },
      request: audit.request,
      details: { loginId: ownerLoginId, from: device.name, to: name },
    },
    now.getTime(),
  );
  return { name };
}
