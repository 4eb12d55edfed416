/**
 * The audit log as an administrator may read it, for the viewer and the CSV export alike: a
 * facility administrator their facility's entries, a region administrator their region's; the
 * filters as conditions; newest first.
 */
import 'server-only';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { AuditEntryView, AuditFilters } from '@/lib/schemas/audit';
import { isAuditAction } from '@/lib/domain/audit-actions';
import { japanDate } from '@/lib/time/japan-time';
import type { Db } from '@/server/db/client';
import { auditLog, facilities, patients, users } from '@/server/db/schema';
import type { UserRecord } from '@/server/db/user-record';

const dayMs = 24 * 3_600_000;

/** Midnight in Japan of an ISO day, in ms since the epoch. */
const japanMidnight = (day: string) => japanDate(day).getTime();

/** The entries an administrator may read: their facility's, or their region's. */
export function auditScopeOf(admin: UserRecord): SQL {
  if (admin.role === 'regionAdmin') return eq(auditLog.regionId, admin.region.id);
  if (admin.role === 'facilityAdmin') return eq(auditLog.facilityId, admin.facility.id);
  throw new AppError('FORBIDDEN');
}

export function auditConditions(admin: UserRecord, filters: AuditFilters): SQL | undefined {
  if (filters.action && !isAuditAction(filters.action)) throw new AppError('INVALID_INPUT', { field: 'action' });
  return and(
    auditScopeOf(admin),
    filters.loginId ? eq(auditLog.actorLoginId, filters.loginId) : undefined,
    filters.patientId ? eq(auditLog.patientId, filters.patientId) : undefined,
    filters.action ? eq(auditLog.action, filters.action) : undefined,
    filters.from ? gte(auditLog.at, japanMidnight(filters.from)) : undefined,
    filters.to ? lt(auditLog.at, japanMidnight(filters.to) + dayMs) : undefined,
  );
}

export function selectAuditEntries(db: Db, where: SQL | undefined, limit: number): AuditEntryView[] {
  return db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      action: auditLog.action,
      outcome: auditLog.outcome,
      loginId: auditLog.actorLoginId,
      userName: users.displayName,
      facilityName: facilities.name,
      patientId: auditLog.patientId,
      patientName: patients.name,
      ip: auditLog.ip,
      userAgent: auditLog.userAgent,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(facilities, eq(facilities.id, auditLog.facilityId))
    .leftJoin(patients, eq(patients.id, auditLog.patientId))
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(limit)
    .all();
}

/** The filters that were set, for the log entry that records the reading. */
export function filtersOf(filters: AuditFilters): Partial<AuditFilters> {
  const { loginId, patientId, action, from, to } = filters;
  return Object.fromEntries(Object.entries({ loginId, patientId, action, from, to }).filter(([, value]) => value));
}
