/** The accounts of the administrator's facility (a region administrator: of the facility asked for, in their region). */
import 'server-only';
import { asc, eq, getTableColumns } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { StaffMember } from '@/lib/schemas/staff';
import { facilities, users } from '@/server/db/schema';
import { decideStaffReach } from '@/server/policy/staff-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function listStaff({ db, admin }: Pick<AdminServiceOptions, 'db' | 'admin'>, input: { facilityId?: string } = {}): StaffMember[] {
  const facilityId = input.facilityId ?? admin.facility.id;
  const facility = db.select({ regionId: facilities.regionId }).from(facilities).where(eq(facilities.id, facilityId)).get();
  if (!facility || !decideStaffReach(admin, { facilityId, regionId: facility.regionId }).allowed) throw new AppError('NOT_FOUND');
  const { id, loginId, displayName, displayNameKana, profession, role, email, mustChangePassword, disabledAt } = getTableColumns(users);
  return db
    .select({ id, loginId, displayName, displayNameKana, profession, role, email, mustChangePassword, disabledAt })
    .from(users)
    .where(eq(users.facilityId, facilityId))
    .orderBy(asc(users.displayNameKana))
    .all()
    .map(({ disabledAt: disabled, ...member }) => ({ ...member, disabled: disabled !== null }));
}
