/**
 * Devices as administrators see them (their facility's, or their region's), pending first; and a
 * user's own, with the one asking marked.
 */
import 'server-only';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { DeviceSummary, ListDevicesInput, ManagedDevice, OwnDevice } from '@/lib/schemas/device';
import type { Db } from '@/server/db/client';
import { devices, facilities, users, type DeviceRow } from '@/server/db/schema';
import type { AdminServiceOptions } from '@/server/services/service-options';

// Spelled out: drizzle leaves columns unqualified in a one-table select, which inside the subquery would name sessions.id.
const activeSessions = sql<number>`(SELECT count(*) FROM "sessions" WHERE "sessions"."device_id" = "devices"."id")`;
/** Pending devices wait on someone: they come first. */
const pendingFirst = sql`CASE ${devices.status} WHEN 'pending' THEN 0 ELSE 1 END`;

function toSummary(device: DeviceRow, sessionCount: number): DeviceSummary {
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
  };
}

export function listManagedDevices(
  { db, admin }: Pick<AdminServiceOptions, 'db' | 'admin'>,
  input: ListDevicesInput = {},
): ManagedDevice[] {
  const decider = alias(users, 'decider');
  const scope: SQL = admin.role === 'regionAdmin' ? eq(facilities.regionId, admin.region.id) : eq(facilities.id, admin.facility.id);
  return db
    .select({
      device: devices,
      sessions: activeSessions,
      user: { id: users.id, loginId: users.loginId, displayName: users.displayName },
      facilityName: facilities.name,
      decidedByName: decider.displayName,
    })
    .from(devices)
    .innerJoin(users, eq(devices.userId, users.id))
    .innerJoin(facilities, eq(users.facilityId, facilities.id))
    .leftJoin(decider, eq(devices.decidedBy, decider.id))
    .where(and(scope, input?.status ? eq(devices.status, input.status) : undefined))
    .orderBy(pendingFirst, desc(devices.lastSeenAt))
    .limit(1000)
    .all()
    .map((row) => ({
      ...toSummary(row.device, row.sessions),
      user: { ...row.user, facilityName: row.facilityName },
      decidedByName: row.decidedByName,
    }));
}

export function listOwnDevices(db: Db, userId: string, currentDeviceId: string | null): OwnDevice[] {
  return db
    .select({ device: devices, sessions: activeSessions })
    .from(devices)
    .where(eq(devices.userId, userId))
    .orderBy(desc(devices.lastSeenAt))
    .all()
    .map((row) => ({ ...toSummary(row.device, row.sessions), current: row.device.id === currentDeviceId }));
}
