/**
 * An owner adds a user of the region to a patient's team (or re-adds one who left). The new
 * member's devices then pull the patient's whole history.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { AddMemberInput } from '@/lib/schemas/care-team';
import { audit } from '@/server/audit/audit';
import { careTeamMembers } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { assertPatientAccess, decideTeamJoin } from '@/server/policy/patient-access';
import { actorOf } from '@/server/policy/actor';
import { publishChange } from '@/server/sync/change-feed';
import { findUserRecord } from '@/server/db/user-record';
import type { PatientServiceOptions } from '@/server/services/service-options';
import { assertAnotherOwner } from './assert-another-owner';

export function addTeamMember(options: PatientServiceOptions, input: AddMemberInput): { seq: number } {
  const { db, actor, now = new Date() } = options;
  const patient = assertPatientAccess(db, actor, input.patientId, 'manageTeam');
  const candidate = findUserRecord(db, { id: input.userId });
  if (!candidate) throw new AppError('NOT_FOUND', { field: 'userId' });
  const join = decideTeamJoin(patient, actorOf(candidate));
  if (!join.allowed) throw new AppError('FORBIDDEN', { reason: join.reason });
  const at = now.getTime();
  const seq = db.transaction((tx) => {
    const value = nextSeq(tx);
    const where = and(eq(careTeamMembers.patientId, input.patientId), eq(careTeamMembers.userId, input.userId));
    const existing = tx.select().from(careTeamMembers).where(where).get();
    if (existing && existing.removedAt === null && existing.role === input.role) return null;
    if (existing && existing.removedAt === null && existing.role === 'owner' && input.role !== 'owner')
      assertAnotherOwner(tx, input.patientId);
    if (existing) {
      tx.update(careTeamMembers)
        .set({
          role: input.role,
          addedBy: actor.userId,
          addedAt: existing.removedAt === null ? existing.addedAt : at,
          removedAt: null,
          removedBy: null,
          seq: value,
        })
        .where(where)
        .run();
    } else {
      tx.insert(careTeamMembers)
        .values({ patientId: input.patientId, userId: input.userId, role: input.role, addedBy: actor.userId, addedAt: at, seq: value })
        .run();
    }
    audit(
      options,
      'careTeam.memberAdded',
      { patientId: input.patientId, target: { type: 'user', id: input.userId }, details: { role: input.role } },
      tx,
    );
    return value;
  });
  if (seq === null) return { seq: 0 };
  publishChange({ seq, patientIds: [input.patientId] });
  return { seq };
}
