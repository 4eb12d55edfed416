/** A user's own devices, newest seen first, with the one asking marked. */
import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { OwnDevice } from '@/lib/schemas/device';
import type { Db } from '@/server/db/client';
import { devices } from '@/server/db/schema';
import { activeSessions, toDeviceSummary } from './device-summary';

export function listOwnDevices(db: Db, userId: string, currentDeviceId: string | null): OwnDevice[] {
  return db
    .select({ device: devices, sessions: activeSessions })
    .from(devices)
    .where(eq(devices.userId, userId))
    .orderBy(desc(devices.lastSeenAt))
    .all()
    .map((row) => ({ ...toDeviceSummary(row.device, row.sessions), current: row.device.id === currentDeviceId }));
}
