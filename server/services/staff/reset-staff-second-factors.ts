/**
 * For a staff member who lost their phone or passkey: removes their authenticator app, passkeys
 * and recovery codes, and ends their sessions. If the policy covers them, their next sign-in asks
 * them to enrol again. Same reach as resetting a password (server/policy/staff-admin).
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { audit } from '@/server/audit/audit';
import { invalidateUserSessions } from '@/server/auth/session';
import { passkeys, recoveryCodes, totpCredentials } from '@/server/db/schema';
import { findManageableStaff } from '@/server/policy/staff-admin';
import { notifyAccount } from '@/server/services/notices/notify-account';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { auditedAccount } from './audited-account';

export function resetStaffSecondFactors(
  options: AdminServiceOptions,
  input: { userId: string },
): { removed: { totp: boolean; passkeys: number; recoveryCodes: number } } {
  const { db, admin } = options;
  const target = findManageableStaff(db, admin, input.userId, 'resetSecondFactors');
  const removed = db.transaction((tx) => {
    const totp = tx.delete(totpCredentials).where(eq(totpCredentials.userId, target.id)).run().changes > 0;
    const keys = tx.delete(passkeys).where(eq(passkeys.userId, target.id)).run().changes;
    const codes = tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, target.id)).run().changes;
    invalidateUserSessions(tx, target.id, 'factorsReset');
    const counts = { totp, passkeys: keys, recoveryCodes: codes };
    audit(options, 'staff.secondFactorsReset', auditedAccount(target, counts), tx);
    if (totp || keys > 0) notifyAccount(tx, target.id, 'secondFactorsReset', { by: admin.displayName }, options.now ?? new Date());
    return counts;
  });
  return { removed };
}
