/**
 * An administrator creates a staff account in their facility, with a temporary password the
 * person must replace at first sign-in.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { CreateStaffInput } from '@/lib/schemas/staff';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { generateTemporaryPassword } from '@/server/auth/temporary-password';
import { decideStaffManagement } from '@/server/policy/staff-admin';
import { insertUser, prepareUser } from '@/server/services/users/create-user';
import type { AdminServiceOptions } from '@/server/services/service-options';

export async function createStaff(
  { db, admin, audit, now = new Date() }: AdminServiceOptions,
  input: CreateStaffInput,
): Promise<{ id: string; temporaryPassword: string }> {
  if (!decideStaffManagement(admin, { facilityId: admin.facility.id, regionId: admin.region.id }).allowed) throw new AppError('FORBIDDEN');
  const temporaryPassword = input.temporaryPassword ?? generateTemporaryPassword();
  const prepared = await prepareUser({ ...input, password: temporaryPassword, role: 'staff', mustChangePassword: true });
  const { id } = insertUser(db, admin.facility.id, prepared);
  appendAuditEntry(
    db,
    {
      action: 'staff.created',
      actor: audit.actor,
      target: { type: 'user', id },
      request: audit.request,
      details: { loginId: prepared.loginId },
    },
    now.getTime(),
  );
  return { id, temporaryPassword };
}
