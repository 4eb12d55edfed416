/** Team memberships of the user's patients; a member who left, or a team the user left, arrives deleted. */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/server/db/client';
import { careTeamMembers } from '@/server/db/schema';
import { toMemberDoc } from '@/server/sync/docs/member-doc';
import { endPull, iteratePulled, type PullEnd, type PullSink, type PullWindow } from './pull-query';

export function pullMembers(db: Db, window: PullWindow, emit: PullSink): PullEnd {
  const id = sql<string>`(t.patient_id || ':' || t.user_id)`;
  const rows = iteratePulled(db, window, { table: careTeamMembers, alias: 't', id });
  // The device knew an ended membership already: it goes as it was, marked deleted.
  return endPull(rows, window, emit, toMemberDoc, toMemberDoc, (row) => row.removedAt !== null);
}
