/** A facility's standing in its region. */
import type { Messages } from '../../catalogue';
import type { jaFacilityStatus } from '../ja/facility-status';

export const enFacilityStatus: Messages<typeof jaFacilityStatus> = {
  'facilityStatus.pending': 'Under review',
  'facilityStatus.active': 'Active',
  'facilityStatus.withdrawn': 'Withdrawn',
};
