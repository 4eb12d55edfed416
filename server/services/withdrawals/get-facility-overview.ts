/** A facility administrator's view of their facility: its details, active staff and withdrawal requests (newest first). */
import 'server-only';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { FacilityOverview, WithdrawalView } from '@/lib/schemas/region';
import type { DbExecutor } from '@/server/db/client';
import { facilities, regions, users, withdrawalRequests } from '@/server/db/schema';
import { decideWithdrawalRequest } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

function listWithdrawals(db: DbExecutor, facilityId: string): WithdrawalView[] {
  return db
    .select({ request: withdrawalRequests, requestedByName: users.displayName })
    .from(withdrawalRequests)
    .innerJoin(users, eq(users.id, withdrawalRequests.requestedBy))
    .where(eq(withdrawalRequests.facilityId, facilityId))
    .orderBy(desc(withdrawalRequests.requestedAt))
    .all()
    .map(({ request, requestedByName }) => ({
      id: request.id,
      status: request.status,
      reason: request.reason,
      desiredDate: request.desiredDate,
      requestedAt: request.requestedAt,
      requestedByName,
      decidedAt: request.decidedAt,
    }));
}

export function getFacilityOverview({ db, admin }: Pick<AdminServiceOptions, 'db' | 'admin'>): FacilityOverview {
  if (!decideWithdrawalRequest(admin, admin.facility.id).allowed) throw new AppError('FORBIDDEN');
  const row = db
    .select({ facility: facilities, regionName: regions.name })
    .from(facilities)
    .innerJoin(regions, eq(regions.id, facilities.regionId))
    .where(eq(facilities.id, admin.facility.id))
    .get();
  if (!row) throw new AppError('NOT_FOUND');
  const activeStaff =
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.facilityId, admin.facility.id), isNull(users.disabledAt)))
      .get()?.n ?? 0;
  const { facility } = row;
  return {
    id: facility.id,
    name: facility.name,
    nameKana: facility.nameKana,
    kind: facility.kind,
    status: facility.status,
    prefecture: facility.prefecture,
    municipality: facility.municipality,
    regionName: row.regionName,
    activeStaff,
    withdrawals: listWithdrawals(db, facility.id),
  };
}
