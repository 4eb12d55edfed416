/** Lifts a sign-in lockout on someone's login ID: their failures so far no longer count. */
import 'server-only';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { loginAttempts } from '@/server/db/schema';
import { findManageableStaff } from '@/server/policy/staff-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function unlockStaff({ db, admin, audit, now = new Date() }: AdminServiceOptions, input: { userId: string }): void {
  const target = findManageableStaff(db, admin, input.userId);
  db.insert(loginAttempts).values({ loginId: target.loginId, ip: 'admin', outcome: 'unlocked', at: now }).run();
  appendAuditEntry(
    db,
    {
      action: 'staff.unlocked',
      actor: audit.actor,
      target: { type: 'user', id: target.id },
      request: audit.request,
      details: { loginId: target.loginId },
    },
    now.getTime(),
  );
}
