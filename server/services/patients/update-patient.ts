/**
 * An owner corrects or completes a patient's record: a new address, the key person, consent
 * obtained after registration. Consent once recorded stays recorded (other facilities may have
 * joined on its strength); its date may be corrected, and whoever records it is noted.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { patientFields, type UpdatePatientInput } from '@/lib/schemas/patient';
import { appendAuditEntries } from '@/server/audit/append-audit-entry';
import { patients } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { assertPatientAccess } from '@/server/policy/patient-access';
import { publishChange } from '@/server/sync/change-feed';
import type { PatientServiceOptions } from '@/server/services/service-options';

const editable = Object.keys(patientFields.shape) as Array<keyof typeof patientFields.shape>;

export function updatePatient(
  { db, actor, audit, now = new Date() }: PatientServiceOptions,
  input: UpdatePatientInput,
): { changed: string[] } {
  assertPatientAccess(db, actor, input.patientId, 'editDetails');
  const at = now.getTime();
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
    return { changed, seq };
  });
  if (result.seq === null) return { changed: [] };
  // The log names what changed, not the values: it is read by administrators outside the team.
  appendAuditEntries(
    db,
    [
      {
        action: 'patient.updated',
        actor: audit.actor,
        patientId: input.patientId,
        request: audit.request,
        details: { fields: result.changed },
      },
      ...(result.changed.includes('consentObtainedOn')
        ? [
            {
              action: 'patient.consentRecorded' as const,
              actor: audit.actor,
              patientId: input.patientId,
              request: audit.request,
              details: { obtainedOn: input.consentObtainedOn },
            },
          ]
        : []),
    ],
    at,
  );
  publishChange({ seq: result.seq, patientIds: [input.patientId] });
  return { changed: result.changed };
}
