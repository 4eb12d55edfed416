/**
 * Registers a patient. The registering staff member becomes the team's first owner; consent to
 * information sharing, when already obtained, is recorded with who recorded it.
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { PatientFields } from '@/lib/schemas/patient';
import { audit } from '@/server/audit/audit';
import { careTeamMembers, patients } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { AppError } from '@/lib/errors/app-error';
import { publishChange } from '@/server/sync/change-feed';
import type { PatientServiceOptions } from '@/server/services/service-options';

export function registerPatient(options: PatientServiceOptions, input: PatientFields & { id?: string }): { id: string } {
  const { db, actor, now = new Date() } = options;
  if (!actor.active) throw new AppError('FORBIDDEN');
  const id = input.id ?? randomUUID();
  const at = now.getTime();
  const seq = db.transaction((tx) => {
    const value = nextSeq(tx);
    tx.insert(patients)
      .values({
        ...input,
        id,
        regionId: actor.regionId,
        registeredByFacilityId: actor.facilityId,
        registeredBy: actor.userId,
        consentRecordedBy: input.consentObtainedOn ? actor.userId : null,
        archivedAt: null,
        createdAt: at,
        seq: value,
      })
      .run();
    tx.insert(careTeamMembers)
      .values({ patientId: id, userId: actor.userId, role: 'owner', addedBy: actor.userId, addedAt: at, seq: value })
      .run();
    audit(options, 'patient.registered', { patientId: id }, tx);
    return value;
  });
  publishChange({ seq, patientIds: [id] });
  return { id };
}
