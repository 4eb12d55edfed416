/**
 * The audit log as an administrator may read it: a facility administrator their facility's
 * entries, a region administrator their region's; filtered, newest first, a page at a time.
 * Reading it is itself written to the log.
 */
import 'server-only';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { AuditEntryView, AuditFilters, AuditQuery } from '@/lib/schemas/audit';
import { audit } from '@/server/audit/audit';
import { isAuditAction } from '@/lib/domain/audit-actions';
import type { Db } from '@/server/db/client';
import { auditLog, facilities, patients, users } from '@/server/db/schema';
import type { AdminServiceOptions } from '@/server/services/service-options';
import type { UserRecord } from '@/server/db/user-record';

const japanOffsetMs = 9 * 3_600_000;
const dayMs = 24 * 3_600_000;
/** Midnight in Japan of an ISO day, in ms since the epoch. */
const japanMidnight = (day: string) => Date.parse(`${day}T00:00:00Z`) - japanOffsetMs;

function scopeOf(admin: UserRecord): SQL {
  if (admin.role === 'regionAdmin') return eq(auditLog.regionId, admin.region.id);
  if (admin.role === 'facilityAdmin') return eq(auditLog.facilityId, admin.facility.id);
  throw new AppError('FORBIDDEN');
}

export function auditConditions(admin: UserRecord, filters: AuditFilters): SQL | undefined {
  if (filters.action && !isAuditAction(filters.action)) throw new AppError('INVALID_INPUT', { field: 'action' });
  return and(
    scopeOf(admin),
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

export function listAuditEntries(options: AdminServiceOptions, query: AuditQuery): { entries: AuditEntryView[]; more: boolean } {
  const { db, admin } = options;
  const where = and(auditConditions(admin, query), query.cursor ? lt(auditLog.seq, query.cursor) : undefined);
  const rows = selectAuditEntries(db, where, query.limit + 1);
  // Written after the read, so the page does not list its own viewing.
  audit(options, 'audit.viewed', { details: { ...filtersOf(query), page: query.cursor ?? null } }, db);
  return { entries: rows.slice(0, query.limit), more: rows.length > query.limit };
}

/** The patients the administrator's entries name, for the viewer's patient filter. */
export function listAuditedPatients({
  db,
  admin,
}: Pick<AdminServiceOptions, 'db' | 'admin'>): Array<{ id: string; name: string; nameKana: string }> {
  return db
    .selectDistinct({ id: patients.id, name: patients.name, nameKana: patients.nameKana })
    .from(auditLog)
    .innerJoin(patients, eq(patients.id, auditLog.patientId))
    .where(scopeOf(admin))
    .orderBy(patients.nameKana)
    .all();
}
