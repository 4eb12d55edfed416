/** The region's facilities for its administrator: status, staff counts and any pending withdrawal request. */
import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { RegionFacilityView } from '@/lib/schemas/region';
import { facilities, users, withdrawalRequests } from '@/server/db/schema';
import { assertRegionAdmin } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

const statusOrder = { pending: 0, active: 1, withdrawn: 2 } as const;

export function listRegionFacilities({ db, admin }: Pick<AdminServiceOptions, 'db' | 'admin'>): RegionFacilityView[] {
  assertRegionAdmin(admin);
  const rows = db
    .select({
      facility: facilities,
      activeStaff: sql<number>`count(case when ${users.disabledAt} is null and ${users.id} is not null then 1 end)`,
      disabledStaff: sql<number>`count(${users.disabledAt})`,
    })
    .from(facilities)
    .leftJoin(users, eq(users.facilityId, facilities.id))
    .where(eq(facilities.regionId, admin.region.id))
    .groupBy(facilities.id)
    .orderBy(asc(facilities.name))
    .all();
  const pending = db
    .select({ request: withdrawalRequests, requestedByName: users.displayName })
    .from(withdrawalRequests)
    .innerJoin(facilities, eq(facilities.id, withdrawalRequests.facilityId))
    .innerJoin(users, eq(users.id, withdrawalRequests.requestedBy))
    .where(and(eq(facilities.regionId, admin.region.id), eq(withdrawalRequests.status, 'pending')))
    .all();
  return rows
    .map(({ facility, activeStaff, disabledStaff }): RegionFacilityView => {
      const request = pending.find((entry) => entry.request.facilityId === facility.id);
      return {
        id: facility.id,
        name: facility.name,
        kind: facility.kind,
        status: facility.status,
        prefecture: facility.prefecture,
        municipality: facility.municipality,
        withdrawnAt: facility.withdrawnAt,
        activeStaff,
        disabledStaff,
        pendingWithdrawal: request
          ? {
              id: request.request.id,
              status: request.request.status,
              reason: request.request.reason,
              desiredDate: request.request.desiredDate,
              requestedAt: request.request.requestedAt,
              requestedByName: request.requestedByName,
              decidedAt: null,
            }
          : null,
      };
    })
    .sort(
      (a, b) =>
        Number(b.pendingWithdrawal !== null) - Number(a.pendingWithdrawal !== null) || statusOrder[a.status] - statusOrder[b.status],
    );
}
