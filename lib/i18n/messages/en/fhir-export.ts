/** The patient's record exported as FHIR R4 (a file to save). */
import type { Messages } from '../../catalogue';
import type { jaFhirExport } from '../ja/fhir-export';

export const enFhirExport: Messages<typeof jaFhirExport> = {
  'fhirExport.link': 'Export (FHIR)',
  'fhirExport.linkLabel': 'Export the record of {name} (FHIR)',
  'fhirExport.hint':
    'Saves the patient, the care team, posts and comments, photos and documents, vitals and forms as a FHIR R4 file. The export is recorded in the audit log.',
  'fhirExport.preparing': 'Preparing the file…',
  'fhirExport.offline': 'Exporting needs an internet connection.',
};
