/** The policy's view of a signed-in user. */
import 'server-only';
import { isUserActive, type UserRecord } from '@/server/services/users/find-user-profile';
import type { Actor } from './patient-access';

export function actorOf(user: UserRecord): Actor {
  return { userId: user.id, regionId: user.region.id, facilityId: user.facility.id, active: isUserActive(user) };
}
