/** What the administrators' services (staff accounts, the audit log) take: who acts, and the audit context. */
import 'server-only';
import type { AuditActor, AuditRequestMeta } from '@/server/audit/append-audit-entry';
import type { Db } from '@/server/db/client';
import type { UserRecord } from '@/server/services/users/find-user-profile';

export interface AdminServiceOptions {
  db: Db;
  admin: UserRecord;
  audit: { actor: AuditActor; request: AuditRequestMeta };
  now?: Date;
}
