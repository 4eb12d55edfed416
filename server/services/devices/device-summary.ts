/** A device as the device lists show it, with its count of open sessions. */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { DeviceSummary } from '@/lib/schemas/device';
import type { DeviceRow } from '@/server/db/schema';

// Spelled out: drizzle leaves columns unqualified in a one-table select, which inside the subquery would name sessions.id.
export const activeSessions = sql<number>`(SELECT count(*) FROM "sessions" WHERE "sessions"."device_id" = "devices"."id")`;

export function toDeviceSummary(device: DeviceRow, sessionCount: number): DeviceSummary {
  return {
    id: device.id,
    name: device.name,
    os: device.os,
    browser: device.browser,
    status: device.status,
    firstSeenAt: device.firstSeenAt,
    lastSeenAt: device.lastSeenAt,
    lastIp: device.lastIp,
    decidedAt: device.decidedAt,
    activeSessions: sessionCount,
    pendingCount: device.pendingCount,
    pendingReportedAt: device.pendingReportedAt,
  };
}
