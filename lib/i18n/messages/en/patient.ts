/** A patient's timeline page: the header, and links that do not lead to a patient. */
import type { Messages } from '../../catalogue';
import type { jaPatient } from '../ja/patient';

export const enPatient: Messages<typeof jaPatient> = {
  'patient.age': 'Age {age}',
  'patient.born': 'Born {date}',
  'patient.team': 'Care team ({count})',
  'patient.details': 'Patient details',
  'patient.keyPerson': 'Key person',
  'patient.consentMissing': 'Not obtained',
  'patient.archivedBadge': 'Archived',
  'patient.invalidLink': 'This link does not open a patient. Choose one from My patients.',
  'patient.notOnDevice': 'This patient is not on this device. You may not be on the care team, or you were removed from it.',
};
