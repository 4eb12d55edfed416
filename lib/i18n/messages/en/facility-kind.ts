/** Kinds of facility (施設分類). */
import type { Messages } from '../../catalogue';
import type { jaFacilityKind } from '../ja/facility-kind';

export const enFacilityKind: Messages<typeof jaFacilityKind> = {
  'facilityKind.hospital': 'Hospital',
  'facilityKind.clinic': 'Clinic',
  'facilityKind.dental': 'Dental clinic',
  'facilityKind.pharmacy': 'Pharmacy',
  'facilityKind.visitingNursing': 'Visiting nurse station',
  'facilityKind.careManagement': 'Care management office',
  'facilityKind.communityCare': 'Community care centre',
  'facilityKind.homeHelp': 'Home help office',
  'facilityKind.careHome': 'Care home',
  'facilityKind.municipality': 'Municipality',
};
