/**
 * A user's own devices: rename one, or sign it out (its sessions end; it stays approved, so
 * signing in there again needs no administrator). Signing out the device in hand is plain sign-out.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { RenameDeviceInput } from '@/lib/schemas/device';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { sessions } from '@/server/db/schema';
import { findOwnDevice } from '@/server/policy/device-admin';
import { renameDevice } from './manage-devices';
import type { OwnDeviceServiceOptions } from '@/server/services/service-options';

export function renameOwnDevice({ db, audit, now, user }: OwnDeviceServiceOptions, input: RenameDeviceInput): { name: string } {
  return renameDevice({ db, audit, now }, findOwnDevice(db, user, input.deviceId), input.name, user.loginId);
}

export function signOutOwnDevice(
  { db, audit, now = new Date(), user, currentDeviceId }: OwnDeviceServiceOptions,
  input: { deviceId: string },
): { endedSessions: number } {
  const device = findOwnDevice(db, user, input.deviceId);
  if (device.id === currentDeviceId) throw new AppError('INVALID_INPUT', { reason: 'currentDevice' });
  const endedSessions = db.delete(sessions).where(eq(sessions.deviceId, device.id)).run().changes;
  appendAuditEntry(
    db,
    {
      action: 'device.signedOut',
      actor: audit.actor,
      target: { type: 'device', id: device.id },
      request: audit.request,
      details: { name: device.name, endedSessions },
    },
    now.getTime(),
  );
  return { endedSessions };
}
