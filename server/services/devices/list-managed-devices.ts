/** Devices as administrators see them (their facility's, or their region's), pending first. */
import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { ListDevicesInput, ManagedDevice } from '@/lib/schemas/device';
import { devices, facilities, users } from '@/server/db/schema';
import { manageableAccountsSql } from '@/server/policy/staff-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { activeSessions, toDeviceSummary } from './device-summary';

/** Pending devices wait on someone: they come first. */
const pendingFirst = sql`CASE ${devices.status} WHEN 'pending' THEN 0 ELSE 1 END`;

export function listManagedDevices(
  { db, admin }: Pick<AdminServiceOptions, 'db' | 'admin'>,
  input: ListDevicesInput = {},
): ManagedDevice[] {
  const decider = alias(users, 'decider');
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
    .where(and(manageableAccountsSql(admin), input?.status ? eq(devices.status, input.status) : undefined))
    .orderBy(pendingFirst, desc(devices.lastSeenAt))
    .limit(1000)
    .all()
    .map((row) => ({
      ...toDeviceSummary(row.device, row.sessions),
      user: { ...row.user, facilityName: row.facilityName },
      decidedByName: row.decidedByName,
    }));
}
