/**
 * Who may manage whose account: a facility administrator the accounts of their own facility, a
 * region administrator those of every facility in their region. Nobody disables themselves.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { Db } from '@/server/db/client';
import { findUserRecord, type UserRecord } from '@/server/db/user-record';

export type StaffDecision = { allowed: true } | { allowed: false; reason: 'notAdmin' | 'otherFacility' | 'otherRegion' };

export function decideStaffManagement(
  admin: Pick<UserRecord, 'role' | 'facility' | 'region'>,
  target: { facilityId: string; regionId: string },
): StaffDecision {
  if (admin.role === 'regionAdmin')
    return target.regionId === admin.region.id ? { allowed: true } : { allowed: false, reason: 'otherRegion' };
  if (admin.role === 'facilityAdmin')
    return target.facilityId === admin.facility.id ? { allowed: true } : { allowed: false, reason: 'otherFacility' };
  return { allowed: false, reason: 'notAdmin' };
}

/** The account to manage; NOT_FOUND for one outside the administrator's reach (its existence is not theirs to know). */
export function findManageableStaff(db: Db, admin: UserRecord, userId: string): UserRecord {
  const target = findUserRecord(db, { id: userId });
  if (!target || !decideStaffManagement(admin, { facilityId: target.facility.id, regionId: target.region.id }).allowed)
    throw new AppError('NOT_FOUND');
  return target;
}

/**
 * What an administrator may change of a manageable account: not a region administrator's account
 * (unless their own), and nobody's own role.
 */
export function assertStaffEditAllowed(
  admin: Pick<UserRecord, 'id'>,
  target: Pick<UserRecord, 'id' | 'role'>,
  nextRole: UserRecord['role'],
): void {
  if (target.role === 'regionAdmin' && target.id !== admin.id) throw new AppError('FORBIDDEN', { reason: 'regionAdmin' });
  if (target.id === admin.id && nextRole !== target.role) throw new AppError('FORBIDDEN', { reason: 'self' });
}
