/**
 * An owner archives a patient (care ended): the record is kept, read-only, and leaves active
 * lists; or restores it. Nothing is deleted either way.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { SetArchivedInput } from '@/lib/schemas/patient';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { patients } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { assertPatientAccess } from '@/server/policy/patient-access';
import { publishChange } from '@/server/sync/change-feed';
import type { PatientServiceOptions } from '@/server/services/service-options';

export function setPatientArchived(
  { db, actor, audit, now = new Date() }: PatientServiceOptions,
  input: SetArchivedInput,
): { archivedAt: number | null } {
  const patient = assertPatientAccess(db, actor, input.patientId, 'archive');
  if ((patient.archivedAt !== null) === input.archived) return { archivedAt: patient.archivedAt };
  const archivedAt = input.archived ? now.getTime() : null;
  const seq = db.transaction((tx) => {
    const value = nextSeq(tx);
    tx.update(patients).set({ archivedAt, seq: value }).where(eq(patients.id, input.patientId)).run();
    return value;
  });
  appendAuditEntry(
    db,
    {
      action: input.archived ? 'patient.archived' : 'patient.restored',
      actor: audit.actor,
      patientId: input.patientId,
      request: audit.request,
    },
    now.getTime(),
  );
  publishChange({ seq, patientIds: [input.patientId] });
  return { archivedAt };
}
