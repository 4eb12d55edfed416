/** Account roles and the vocabularies (glossary in DESIGN.md) shared by server, forms and screens. */
export const roles = ['staff', 'facilityAdmin', 'regionAdmin'] as const;
export type Role = (typeof roles)[number];

/** Facility and region administrators: staff accounts and the audit log are theirs. */
export const administratorRoles = ['facilityAdmin', 'regionAdmin'] as const satisfies readonly Role[];

export function isAdministrator(role: Role): boolean {
  return (administratorRoles as readonly Role[]).includes(role);
}

export const professions = [
  'doctor',
  'dentist',
  'pharmacist',
  'nurse',
  'publicHealthNurse',
  'pt',
  'ot',
  'st',
  'dietitian',
  'careManager',
  'careWorker',
  'socialWorker',
  'clerk',
  'municipalStaff',
] as const;
export type Profession = (typeof professions)[number];

export const facilityKinds = [
  'hospital',
  'clinic',
  'dental',
  'pharmacy',
  'visitingNursing',
  'careManagement',
  'communityCare',
  'homeHelp',
  'careHome',
  'municipality',
] as const;
export type FacilityKind = (typeof facilityKinds)[number];

export const facilityStatuses = ['pending', 'active', 'withdrawn'] as const;
export type FacilityStatus = (typeof facilityStatuses)[number];
