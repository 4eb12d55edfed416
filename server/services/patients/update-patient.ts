/**
 * An owner corrects or completes a patient's record: a new address, the key person, consent
 * obtained after registration. Consent once recorded stays recorded (other facilities may have
 * joined on its strength); its date may be corrected, and whoever records it is noted.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { patientFields, type UpdatePatientInput } from '@/lib/schemas/patient';
import { audit } from '@/server/audit/audit';
import { patients } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { assertPatientAccess } from '@/server/policy/patient-access';
import { publishChange } from '@/server/sync/change-feed';
import type { PatientServiceOptions } from '@/server/services/service-options';

const editable = Object.keys(patientFields.shape) as Array<keyof typeof patientFields.shape>;

export function updatePatient(options: PatientServiceOptions, input: UpdatePatientInput): { changed: string[] } {
  const { db, actor } = options;
  assertPatientAccess(db, actor, input.patientId, 'editDetails');
  const result = db.transaction((tx) => {
    const current = tx.select().from(patients).where(eq(patients.id, input.patientId)).get();
    if (!current) throw new AppError('NOT_FOUND');
    if (current.consentObtainedOn && !input.consentObtainedOn)
      throw new AppError('INVALID_INPUT', { field: 'consentObtainedOn', reason: 'consentCannotBeCleared' });
    const changed = editable.filter((field) => current[field] !== input[field]);
    if (changed.length === 0) return { changed, seq: null };
    const consentChanged = changed.includes('consentObtainedOn');
    const seq = nextSeq(tx);
    tx.update(patients)
      .set({
        ...Object.fromEntries(changed.map((field) => [field, input[field]])),
        consentRecordedBy: consentChanged ? actor.userId : current.consentRecordedBy,
        seq,
      })
      .where(eq(patients.id, input.patientId))
      .run();
    // The log names what changed, not the values: it is read by administrators outside the team.
    audit(options, 'patient.updated', { patientId: input.patientId, details: { fields: changed } }, tx);
    if (consentChanged)
      audit(options, 'patient.consentRecorded', { patientId: input.patientId, details: { obtainedOn: input.consentObtainedOn } }, tx);
    return { changed, seq };
  });
  if (result.seq === null) return { changed: [] };
  publishChange({ seq: result.seq, patientIds: [input.patientId] });
  return { changed: result.changed };
}
