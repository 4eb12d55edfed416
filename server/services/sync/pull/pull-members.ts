/** Team memberships of the user's patients; a member who left, or a team the user left, arrives deleted. */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { MemberDoc } from '@/lib/schemas/care-team';
import type { DbExecutor } from '@/server/db/client';
import { careTeamMembers } from '@/server/db/schema';
import { toMemberDoc } from '@/server/sync/docs/member-doc';
import { endPull, selectPulled, type PullBatch, type PullWindow } from './pull-query';

export function pullMembers(db: DbExecutor, window: PullWindow): PullBatch<MemberDoc> {
  const id = sql<string>`(t.patient_id || ':' || t.user_id)`;
  const rows = selectPulled(db, window, { table: careTeamMembers, alias: 't', id });
  // The device knew an ended membership already: it goes as it was, marked deleted.
  return endPull(rows, window.checkpoint, toMemberDoc, toMemberDoc, (row) => row.removedAt !== null);
}
