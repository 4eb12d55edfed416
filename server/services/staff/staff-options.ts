/** What the staff-management services take: the administrator acting, and the audit context. */
import 'server-only';
import type { AuditActor, AuditRequestMeta } from '@/server/audit/append-audit-entry';
import type { Db } from '@/server/db/client';
import type { UserRecord } from '@/server/services/users/find-user-profile';

export interface StaffAdminOptions {
  db: Db;
  admin: UserRecord;
  audit: { actor: AuditActor; request: AuditRequestMeta };
  now?: Date;
}
