/** A patient as devices hold it, and the placeholder a device gets once the user has left the team. */
import 'server-only';
import type { PatientDoc } from '@/lib/schemas/patient';
import type { patients } from '@/server/db/schema';

export function toPatientDoc(row: typeof patients.$inferSelect): PatientDoc {
  return {
    id: row.id,
    registeredByFacilityId: row.registeredByFacilityId,
    registeredBy: row.registeredBy,
    name: row.name,
    nameKana: row.nameKana,
    birthDate: row.birthDate,
    sex: row.sex,
    address: row.address,
    phone: row.phone,
    keyPersonName: row.keyPersonName,
    keyPersonRelation: row.keyPersonRelation,
    keyPersonPhone: row.keyPersonPhone,
    notes: row.notes,
    consentObtainedOn: row.consentObtainedOn,
    consentRecordedBy: row.consentRecordedBy,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.seq,
  };
}

/** Valid for the device's schema, and telling nothing about the patient but the id. */
export function patientTombstone(row: Pick<typeof patients.$inferSelect, 'id'>): PatientDoc {
  return {
    id: row.id,
    registeredByFacilityId: '',
    registeredBy: '',
    name: '-',
    nameKana: 'ー',
    birthDate: '1900-01-01',
    sex: 'unknown',
    address: '',
    phone: '',
    keyPersonName: '',
    keyPersonRelation: '',
    keyPersonPhone: '',
    notes: '',
    consentObtainedOn: null,
    consentRecordedBy: null,
    archivedAt: null,
    createdAt: 0,
    updatedAt: 0,
  };
}
