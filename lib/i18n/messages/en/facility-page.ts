/** A facility administrator's facility page (/admin/facility). */
import type { Messages } from '../../catalogue';
import type { jaFacilityPage } from '../ja/facility-page';

export const enFacilityPage: Messages<typeof jaFacilityPage> = {
  'facilityPage.title': 'Facility',
  'facilityPage.forFacilityAdmins': 'Only facility administrators can use this screen.',
  'facilityPage.name': 'Name',
  'facilityPage.kind': 'Kind',
  'facilityPage.status': 'Status',
  'facilityPage.address': 'Location',
  'facilityPage.region': 'Region',
  'facilityPage.activeStaff': 'Active staff',
  'facilityPage.activeStaffCount': '{count}',
};
