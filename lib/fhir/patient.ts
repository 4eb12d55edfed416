/** The patient as a JP Core Patient (FORMS.md §6.1): kanji and kana names, sex, birth date, address, phone, key person. */
import type { PatientDoc } from '@/lib/schemas/patient';
import { japaneseNames, nonEmpty, referenceTo, renrakuSystems, type FhirResource } from './resource';

export const jpPatientProfile = 'http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient';

type PatientFacts = Pick<
  PatientDoc,
  | 'id'
  | 'name'
  | 'nameKana'
  | 'birthDate'
  | 'sex'
  | 'address'
  | 'phone'
  | 'keyPersonName'
  | 'keyPersonRelation'
  | 'keyPersonPhone'
  | 'registeredByFacilityId'
  | 'archivedAt'
>;

/** `telecom`, or nothing: FHIR's JSON never carries an empty array. */
const phone = (value: string | undefined, use: 'home' | 'mobile') => (value ? { telecom: [{ system: 'phone', value, use }] } : {});

export function patientToFhir(patient: PatientFacts): FhirResource {
  const address = nonEmpty(patient.address);
  const keyPerson = nonEmpty(patient.keyPersonName);
  const relation = nonEmpty(patient.keyPersonRelation);
  const keyPhone = nonEmpty(patient.keyPersonPhone);
  return {
    resourceType: 'Patient',
    id: patient.id,
    meta: { profile: [jpPatientProfile] },
    // No 医療機関コード names a patient across facilities here: the record's own id identifies it.
    identifier: [{ system: renrakuSystems.patientId, value: patient.id }],
    active: patient.archivedAt === null,
    name: japaneseNames(patient.name, patient.nameKana),
    ...phone(nonEmpty(patient.phone), 'home'),
    gender: patient.sex,
    birthDate: patient.birthDate,
    ...(address ? { address: [{ use: 'home', text: address }] } : {}),
    ...(keyPerson || keyPhone
      ? {
          contact: [
            {
              ...(relation ? { relationship: [{ text: relation }] } : {}),
              ...(keyPerson ? { name: { text: keyPerson } } : {}),
              ...phone(keyPhone, 'mobile'),
            },
          ],
        }
      : {}),
    managingOrganization: referenceTo('Organization', patient.registeredByFacilityId),
  };
}
