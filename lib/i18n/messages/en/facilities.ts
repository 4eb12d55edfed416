/** The region's facilities (/admin/facilities), and completing a withdrawal. */
import type { Messages } from '../../catalogue';
import type { jaFacilities } from '../ja/facilities';

export const enFacilities: Messages<typeof jaFacilities> = {
  'facilities.title': 'Facilities',
  'facilities.lead': 'The facilities registered in {region}. Those asking to withdraw come first.',
  'facilities.none': 'No facility yet.',
  'facilities.staffCounts': '{active} staff ({disabled} disabled)',
  'facilities.withdrawnOn': 'Withdrawn on {date}',
  'facilities.withdrawalPending': 'Asks to withdraw',
  'facilities.withdrawalDetails': 'Asked by {name} ({at}); desired date {date}',
  'facilities.completeNamed': 'Complete the withdrawal of {facility}',
  'facilities.completeConfirm':
    'End the use of the service by {facility}? Every account of the facility is disabled and signed out on every device. Records are kept and stay readable to their care teams.',
  'facilities.completed': 'The withdrawal of {facility} is complete ({count} accounts disabled).',
};
