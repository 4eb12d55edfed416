/**
 * Sets a temporary password for someone who forgot theirs: it must be replaced at the next
 * sign-in, every session ends, and a lockout on the login ID is lifted. Unless the administrator
 * unticks it, their passkeys go too (a passkey signs in without the password); they are told.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { ResetStaffPasswordInput } from '@/lib/schemas/staff';
import { findPasswordProblems } from '@/lib/schemas/password';
import { audit } from '@/server/audit/audit';
import { hashPassword } from '@/server/auth/password';
import { generateTemporaryPassword } from '@/server/auth/temporary-password';
import { invalidateUserSessions } from '@/server/auth/session';
import { loginAttempts, users } from '@/server/db/schema';
import { findManageableStaff } from '@/server/policy/staff-admin';
import { removeAllPasskeys } from '@/server/services/second-factors/remove-all-passkeys';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { auditedAccount } from './audited-account';

export async function resetStaffPassword(
  options: AdminServiceOptions,
  input: ResetStaffPasswordInput,
): Promise<{ temporaryPassword: string; removedPasskeys: number }> {
  const { db, admin, now = new Date() } = options;
  const target = findManageableStaff(db, admin, input.userId, 'resetPassword');
  const temporaryPassword = input.temporaryPassword ?? generateTemporaryPassword();
  const problems = findPasswordProblems(temporaryPassword);
  if (problems.length > 0) throw new AppError('PASSWORD_POLICY', { problems });
  const passwordHash = await hashPassword(temporaryPassword);
  const removedPasskeys = db.transaction((tx) => {
    tx.update(users).set({ passwordHash, mustChangePassword: true }).where(eq(users.id, target.id)).run();
    invalidateUserSessions(tx, target.id, 'passwordChanged', { now });
    const removed = input.removePasskeys ? removeAllPasskeys(tx, target.id, now, admin.displayName) : 0;
    tx.insert(loginAttempts).values({ loginId: target.loginId, ip: 'admin', outcome: 'unlocked', at: now }).run();
    audit(options, 'staff.passwordReset', auditedAccount(target, { removedPasskeys: removed }), tx);
    return removed;
  });
  return { temporaryPassword, removedPasskeys };
}
