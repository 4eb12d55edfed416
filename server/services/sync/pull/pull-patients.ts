/** The patients whose teams the user is on (and deletions for those they have left). */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { PatientDoc } from '@/lib/schemas/patient';
import type { PullResponse } from '@/lib/sync/pull';
import type { DbExecutor } from '@/server/db/client';
import { afterCheckpoint, effectiveSeq, knownToMember, lastCheckpoint, type PulledRow, type PullWindow } from './pull-query';

interface PatientRow extends PulledRow {
  id: string;
  registered_by_facility_id: string;
  registered_by: string;
  name: string;
  name_kana: string;
  birth_date: string;
  sex: PatientDoc['sex'];
  address: string;
  phone: string;
  key_person_name: string;
  key_person_relation: string;
  key_person_phone: string;
  notes: string;
  consent_obtained_on: string | null;
  consent_recorded_by: string | null;
  archived_at: number | null;
  created_at: number;
}

function toPatientDoc(row: PatientRow): PatientDoc {
  return {
    id: row.id,
    registeredByFacilityId: row.registered_by_facility_id,
    registeredBy: row.registered_by,
    name: row.name,
    nameKana: row.name_kana,
    birthDate: row.birth_date,
    sex: row.sex,
    address: row.address,
    phone: row.phone,
    keyPersonName: row.key_person_name,
    keyPersonRelation: row.key_person_relation,
    keyPersonPhone: row.key_person_phone,
    notes: row.notes,
    consentObtainedOn: row.consent_obtained_on,
    consentRecordedBy: row.consent_recorded_by,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.eff,
  };
}

function patientTombstone(id: string, updatedAt: number): PatientDoc & { _deleted: true } {
  return {
    id,
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
    updatedAt,
    _deleted: true,
  };
}

export function pullPatients(
  db: DbExecutor,
  { userId, checkpoint, limit }: PullWindow,
): PullResponse<PatientDoc> & { patientIds: string[] } {
  const eff = effectiveSeq('p');
  const rows = db.all<PatientRow>(sql`
    SELECT p.*, ${eff} AS eff, m.removed_at AS myRemovedAt
    FROM patients p JOIN care_team_members m ON m.patient_id = p.id AND m.user_id = ${userId}
    WHERE ${afterCheckpoint(eff, sql`p.id`, checkpoint)} AND ${knownToMember('p')}
    ORDER BY eff, p.id
    LIMIT ${limit}`);
  return {
    documents: rows.map((row) =>
      row.myRemovedAt !== null ? patientTombstone(row.id, row.eff) : { ...toPatientDoc(row), _deleted: false },
    ),
    checkpoint: lastCheckpoint(rows, checkpoint),
    patientIds: rows.filter((row) => row.myRemovedAt === null).map((row) => row.id),
  };
}
