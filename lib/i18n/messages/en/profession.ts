/** Professions (職種). */
import type { Messages } from '../../catalogue';
import type { jaProfession } from '../ja/profession';

export const enProfession: Messages<typeof jaProfession> = {
  'profession.doctor': 'Doctor',
  'profession.dentist': 'Dentist',
  'profession.pharmacist': 'Pharmacist',
  'profession.nurse': 'Nurse',
  'profession.publicHealthNurse': 'Public health nurse',
  'profession.pt': 'Physical therapist',
  'profession.ot': 'Occupational therapist',
  'profession.st': 'Speech-language therapist',
  'profession.dietitian': 'Dietitian',
  'profession.careManager': 'Care manager',
  'profession.careWorker': 'Care worker',
  'profession.socialWorker': 'Medical social worker',
  'profession.clerk': 'Clerk',
  'profession.municipalStaff': 'Municipal staff',
};
