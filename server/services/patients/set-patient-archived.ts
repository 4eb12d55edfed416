/**
 * An owner archives a patient (care ended): the record is kept, read-only, and leaves active
 * lists; or restores it. Nothing is deleted either way.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { SetArchivedInput } from '@/lib/schemas/patient';
import { audit } from '@/server/audit/audit';
import { patients } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { assertPatientAccess } from '@/server/policy/patient-access';
import { publishChange } from '@/server/sync/change-feed';
import type { PatientServiceOptions } from '@/server/services/service-options';

export function setPatientArchived(options: PatientServiceOptions, input: SetArchivedInput): { archivedAt: number | null } {
  const { db, actor, now = new Date() } = options;
  const patient = assertPatientAccess(db, actor, input.patientId, 'archive');
  if ((patient.archivedAt !== null) === input.archived) return { archivedAt: patient.archivedAt };
  const archivedAt = input.archived ? now.getTime() : null;
  const seq = db.transaction((tx) => {
    const value = nextSeq(tx);
    tx.update(patients).set({ archivedAt, seq: value }).where(eq(patients.id, input.patientId)).run();
    audit(options, input.archived ? 'patient.archived' : 'patient.restored', { patientId: input.patientId }, tx);
    return value;
  });
  publishChange({ seq, patientIds: [input.patientId] });
  return { archivedAt };
}
