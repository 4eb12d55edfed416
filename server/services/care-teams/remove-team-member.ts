/**
 * An owner removes a member (or a member leaves). The row stays with who removed them and when;
 * the removed user's devices are told to forget the patient at their next pull. A team keeps at
 * least one owner.
 */
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import type { RemoveMemberInput } from '@/lib/schemas/care-team';
import { audit } from '@/server/audit/audit';
import { careTeamMembers } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { assertPatientAccess } from '@/server/policy/patient-access';
import { publishChange } from '@/server/sync/change-feed';
import type { PatientServiceOptions } from '@/server/services/service-options';
import { assertAnotherOwner } from './assert-another-owner';

export function removeTeamMember(options: PatientServiceOptions, input: RemoveMemberInput): { seq: number } {
  const { db, actor, now = new Date() } = options;
  // Anyone may leave a team; removing someone else takes an owner.
  assertPatientAccess(db, actor, input.patientId, input.userId === actor.userId ? 'read' : 'manageTeam');
  const at = now.getTime();
  const seq = db.transaction((tx) => {
    const where = and(
      eq(careTeamMembers.patientId, input.patientId),
      eq(careTeamMembers.userId, input.userId),
      isNull(careTeamMembers.removedAt),
    );
    const member = tx.select().from(careTeamMembers).where(where).get();
    if (!member) throw new AppError('NOT_FOUND', { field: 'userId' });
    if (member.role === 'owner') assertAnotherOwner(tx, input.patientId);
    const value = nextSeq(tx);
    tx.update(careTeamMembers).set({ removedAt: at, removedBy: actor.userId, seq: value }).where(where).run();
    audit(options, 'careTeam.memberRemoved', { patientId: input.patientId, target: { type: 'user', id: input.userId } }, tx);
    return value;
  });
  // The one who left may no longer read the patient, yet must hear of it: their devices pull the deletions.
  publishChange({ seq, patientIds: [input.patientId], userIds: [input.userId] });
  return { seq };
}
