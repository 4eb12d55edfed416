/** Editing a patient's record. */
import type { Messages } from '../../catalogue';
import type { jaPatientForm } from '../ja/patient-form';

export const enPatientForm: Messages<typeof jaPatientForm> = {
  'patientForm.editTitle': 'Edit the record of {name}',
  'patientForm.backToTeam': 'Care team of {name}',
  'patientForm.ownersOnly': 'Only the care team’s owners can edit the patient’s record.',
  'patientForm.needsConnection': 'You are offline, so the record cannot be saved: editing it needs a connection to the server.',
  'patientForm.consentStays': 'Consent, once recorded, cannot be removed. You can correct its date.',
  'patientForm.consentStaysHint': 'Recorded consent stays on file; you can correct the date.',
  'patientForm.save': 'Save',
  'patientForm.saving': 'Saving…',
};
