/**
 * A care-team membership as devices hold it. A membership that ended is sent as it was, marked
 * deleted: the device knew it already, so it needs no placeholder.
 */
import 'server-only';
import { memberId, type MemberDoc } from '@/lib/schemas/care-team';
import type { careTeamMembers } from '@/server/db/schema';

export function toMemberDoc(row: typeof careTeamMembers.$inferSelect): MemberDoc {
  return {
    id: memberId(row.patientId, row.userId),
    patientId: row.patientId,
    userId: row.userId,
    role: row.role,
    addedAt: row.addedAt,
    updatedAt: row.seq,
  };
}
