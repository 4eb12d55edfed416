/**
 * An administrator creates a staff account in their facility, with a temporary password the
 * person must replace at first sign-in.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { CreateStaffInput } from '@/lib/schemas/staff';
import { audit } from '@/server/audit/audit';
import { generateTemporaryPassword } from '@/server/auth/temporary-password';
import { decideStaffReach } from '@/server/policy/staff-admin';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { auditedAccount } from './audited-account';

export async function createStaff(
  options: AdminServiceOptions,
  input: CreateStaffInput,
): Promise<{ id: string; temporaryPassword: string }> {
  const { db, admin } = options;
  if (!decideStaffReach(admin, { facilityId: admin.facility.id, regionId: admin.region.id }).allowed) throw new AppError('FORBIDDEN');
  const temporaryPassword = input.temporaryPassword ?? generateTemporaryPassword();
  const prepared = await prepareUser({ ...input, password: temporaryPassword, role: 'staff', mustChangePassword: true });
  const { id } = db.transaction((tx) => {
    const user = insertUser(tx, admin.facility.id, prepared);
    audit(options, 'staff.created', auditedAccount({ id: user.id, loginId: prepared.loginId }), tx);
    return user;
  });
  return { id, temporaryPassword };
}
