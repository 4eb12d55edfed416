/**
 * The audit log as an administrator may read it: a facility administrator their facility's
 * entries, a region administrator their region's; filtered, newest first, a page at a time.
 * Reading it is itself written to the log.
 */
import 'server-only';
import { and, lt } from 'drizzle-orm';
import type { AuditEntryView, AuditQuery } from '@/lib/schemas/audit';
import { audit } from '@/server/audit/audit';
import { auditLog } from '@/server/db/schema';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { auditConditions, filtersOf, selectAuditEntries } from './select-audit-entries';

export function listAuditEntries(options: AdminServiceOptions, query: AuditQuery): { entries: AuditEntryView[]; more: boolean } {
  const { db, admin } = options;
  const where = and(auditConditions(admin, query), query.cursor ? lt(auditLog.seq, query.cursor) : undefined);
  const rows = selectAuditEntries(db, where, query.limit + 1);
  // Written after the read, so the page does not list its own viewing.
  audit(options, 'audit.viewed', { details: { ...filtersOf(query), page: query.cursor ?? null } }, db);
  return { entries: rows.slice(0, query.limit), more: rows.length > query.limit };
}
