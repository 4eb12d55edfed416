/** Lifts a sign-in lockout on someone's login ID: their failures so far no longer count. */
import 'server-only';
import { audit } from '@/server/audit/audit';
import { loginAttempts } from '@/server/db/schema';
import { findManageableStaff } from '@/server/policy/staff-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { auditedAccount } from './audited-account';

export function unlockStaff(options: AdminServiceOptions, input: { userId: string }): void {
  const { db, admin, now = new Date() } = options;
  const target = findManageableStaff(db, admin, input.userId, 'unlock');
  db.transaction((tx) => {
    tx.insert(loginAttempts).values({ loginId: target.loginId, ip: 'admin', outcome: 'unlocked', at: now }).run();
    audit(options, 'staff.unlocked', auditedAccount(target), tx);
  });
}
