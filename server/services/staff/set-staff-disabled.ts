/**
 * Disables an account (or enables it again). Disabling ends its sessions at once: every device
 * is signed out at its next request, and its patient data is wiped there. Records stay.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { SetStaffDisabledInput } from '@/lib/schemas/staff';
import { audit } from '@/server/audit/audit';
import { invalidateUserSessions } from '@/server/auth/session';
import { users } from '@/server/db/schema';
import { findManageableStaff } from '@/server/policy/staff-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { auditedAccount } from './audited-account';

export function setStaffDisabled(options: AdminServiceOptions, input: SetStaffDisabledInput): { disabled: boolean } {
  const { db, admin, now = new Date() } = options;
  const target = findManageableStaff(db, admin, input.userId, 'disable');
  if (target.disabled === input.disabled) return { disabled: input.disabled };
  db.transaction((tx) => {
    tx.update(users)
      .set({ disabledAt: input.disabled ? now : null })
      .where(eq(users.id, target.id))
      .run();
    if (input.disabled) invalidateUserSessions(tx, target.id, 'disabled');
    audit(options, input.disabled ? 'staff.disabled' : 'staff.enabled', auditedAccount(target), tx);
  });
  return { disabled: input.disabled };
}
