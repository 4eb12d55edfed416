/**
 * Who may approve, revoke or rename whose device: whoever may manage the device's user
 * (server/policy/staff-admin.ts) — their facility's administrator, or their region's; a region
 * administrator's devices only another region administrator of the region.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { Db } from '@/server/db/client';
import { devices, type DeviceRow } from '@/server/db/schema';
import type { UserRecord } from '@/server/db/user-record';
import { findManageableStaff } from './staff-admin';

/** The device and its user; NOT_FOUND for one outside the administrator's reach. */
export function findManageableDevice(db: Db, admin: UserRecord, deviceId: string): { device: DeviceRow; owner: UserRecord } {
  const device = db.select().from(devices).where(eq(devices.id, deviceId)).get();
  if (!device) throw new AppError('NOT_FOUND');
  return { device, owner: findManageableStaff(db, admin, device.userId, 'manageDevice') };
}

/** One of the user's own devices; NOT_FOUND for anyone else's. */
export function findOwnDevice(db: Db, user: Pick<UserRecord, 'id'>, deviceId: string): DeviceRow {
  const device = db.select().from(devices).where(eq(devices.id, deviceId)).get();
  if (!device || device.userId !== user.id) throw new AppError('NOT_FOUND');
  return device;
}
