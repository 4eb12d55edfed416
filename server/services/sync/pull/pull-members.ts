/** Team memberships of the user's patients; a member who left, or a team the user left, arrives deleted. */
import 'server-only';
import { sql } from 'drizzle-orm';
import { memberId, type MemberDoc } from '@/lib/schemas/care-team';
import type { PullResponse } from '@/lib/sync/pull';
import type { DbExecutor } from '@/server/db/client';
import { afterCheckpoint, effectiveSeq, knownToMember, lastCheckpoint, type PulledRow, type PullWindow } from './pull-query';

interface MemberRow extends PulledRow {
  id: string;
  patient_id: string;
  user_id: string;
  role: MemberDoc['role'];
  added_at: number;
  removed_at: number | null;
}

export function pullMembers(db: DbExecutor, { userId, checkpoint, limit }: PullWindow): PullResponse<MemberDoc> & { patientIds: string[] } {
  const eff = effectiveSeq('t');
  const id = sql`(t.patient_id || ':' || t.user_id)`;
  const rows = db.all<MemberRow>(sql`
    SELECT t.*, ${id} AS id, ${eff} AS eff, m.removed_at AS myRemovedAt
    FROM care_team_members t JOIN care_team_members m ON m.patient_id = t.patient_id AND m.user_id = ${userId}
    WHERE ${afterCheckpoint(eff, id, checkpoint)} AND ${knownToMember('t')}
    ORDER BY eff, id
    LIMIT ${limit}`);
  return {
    documents: rows.map((row) => ({
      id: memberId(row.patient_id, row.user_id),
      patientId: row.patient_id,
      userId: row.user_id,
      role: row.role,
      addedAt: row.added_at,
      updatedAt: row.eff,
      _deleted: row.myRemovedAt !== null || row.removed_at !== null,
    })),
    checkpoint: lastCheckpoint(rows, checkpoint),
    patientIds: [...new Set(rows.filter((row) => row.myRemovedAt === null).map((row) => row.patient_id))],
  };
}
