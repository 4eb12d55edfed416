/**
 * Who may run a region and who may ask to leave it: applications, facilities, region settings and
 * the mail outbox are a region administrator's of that region alone; a facility's withdrawal is
 * asked for by that facility's administrator and completed by its region's administrator.
 */
import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { UserRecord } from '@/server/db/user-record';

export type RegionDecision =
  { allowed: true } | { allowed: false; reason: 'notRegionAdmin' | 'otherRegion' | 'notFacilityAdmin' | 'otherFacility' };

type Admin = Pick<UserRecord, 'role' | 'facility' | 'region'>;

export function decideRegionAdministration(admin: Admin, regionId: string): RegionDecision {
  if (admin.role !== 'regionAdmin') return { allowed: false, reason: 'notRegionAdmin' };
  return admin.region.id === regionId ? { allowed: true } : { allowed: false, reason: 'otherRegion' };
}

/** Asking to leave (and taking the request back) belongs to the facility's own administrator. */
export function decideWithdrawalRequest(admin: Admin, facilityId: string): RegionDecision {
  if (admin.role !== 'facilityAdmin') return { allowed: false, reason: 'notFacilityAdmin' };
  return admin.facility.id === facilityId ? { allowed: true } : { allowed: false, reason: 'otherFacility' };
}

/** FORBIDDEN for anyone but a region administrator. */
export function assertRegionAdmin(admin: Admin): void {
  if (admin.role !== 'regionAdmin') throw new AppError('FORBIDDEN');
}

/** The region's record to act on; NOT_FOUND outside the administrator's region (its existence is not theirs to know). */
export function assertRegionRecord(admin: Admin, record: { regionId: string } | undefined | null): asserts record is { regionId: string } {
  assertRegionAdmin(admin);
  if (!record || !decideRegionAdministration(admin, record.regionId).allowed) throw new AppError('NOT_FOUND');
}
