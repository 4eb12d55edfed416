/** An account's role. */
import type { Messages } from '../../catalogue';
import type { jaRole } from '../ja/role';

export const enRole: Messages<typeof jaRole> = {
  'role.staff': 'Staff',
  'role.facilityAdmin': 'Facility administrator',
  'role.regionAdmin': 'Region administrator',
};
