/** The policy's view of a signed-in user. */
import 'server-only';
import type { UserRecord } from '@/server/db/user-record';
import type { Actor } from './patient-access';

/** A user may act only while their account is enabled and their facility active. */
export function isUserActive(record: Pick<UserRecord, 'disabled' | 'facility'>): boolean {
  return !record.disabled && record.facility.status === 'active';
}

export function actorOf(user: UserRecord): Actor {
  return { userId: user.id, regionId: user.region.id, facilityId: user.facility.id, active: isUserActive(user) };
}
