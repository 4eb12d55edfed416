/**
 * Many staff accounts at once (a CSV file): all or none. A login ID that is taken, or twice in
 * the list, refuses the whole list and names every such ID, so the file can be fixed in one go.
 * Each account gets its own temporary password, to be changed at first sign-in.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { CreateManyStaffInput } from '@/lib/schemas/staff';
import { audit } from '@/server/audit/audit';
import { generateTemporaryPassword } from '@/server/auth/temporary-password';
import { decideStaffReach } from '@/server/policy/staff-admin';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import { isLoginIdTaken } from '@/server/services/users/is-login-id-taken';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { auditedAccount } from './audited-account';

export interface CreatedStaff {
  id: string;
  loginId: string;
  displayName: string;
  temporaryPassword: string;
}

export async function createManyStaff(options: AdminServiceOptions, input: CreateManyStaffInput): Promise<CreatedStaff[]> {
  const { db, admin } = options;
  if (!decideStaffReach(admin, { facilityId: admin.facility.id, regionId: admin.region.id }).allowed) throw new AppError('FORBIDDEN');
  const loginIds = input.accounts.map((account) => account.loginId.trim().toLowerCase());
  const conflicts = [...new Set(loginIds.filter((loginId, index) => loginIds.indexOf(loginId) !== index || isLoginIdTaken(db, loginId)))];
  if (conflicts.length > 0) throw new AppError('CONFLICT', { field: 'loginId', loginIds: conflicts });

  // The slow hashes first, one after another (they share the thread pool with sign-ins), then one short transaction.
  const prepared: Array<{ user: Awaited<ReturnType<typeof prepareUser>>; temporaryPassword: string }> = [];
  for (const account of input.accounts) {
    const temporaryPassword = generateTemporaryPassword();
    prepared.push({
      user: await prepareUser({ ...account, password: temporaryPassword, role: 'staff', mustChangePassword: true }),
      temporaryPassword,
    });
  }
  return db.transaction((tx) =>
    prepared.map(({ user, temporaryPassword }) => {
      const { id } = insertUser(tx, admin.facility.id, user);
      audit(options, 'staff.created', auditedAccount({ id, loginId: user.loginId }, { fromList: prepared.length }), tx);
      return { id, loginId: user.loginId, displayName: user.displayName, temporaryPassword };
    }),
  );
}
