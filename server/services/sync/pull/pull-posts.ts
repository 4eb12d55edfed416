/** Posts of the user's patients, with their earlier versions; private posts only to their audience. */
import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { PostDoc } from '@/lib/schemas/post';
import type { PullResponse } from '@/lib/sync/pull';
import type { DbExecutor } from '@/server/db/client';
import { postVersions } from '@/server/db/schema';
import { postVisibleSql } from '@/server/policy/patient-access';
import { afterCheckpoint, effectiveSeq, knownToMember, lastCheckpoint, type PulledRow, type PullWindow } from './pull-query';

interface PostRow extends PulledRow {
  id: string;
  patient_id: string;
  author_id: string;
  category: PostDoc['category'];
  body: string;
  visibility: PostDoc['visibility'];
  recipient_ids: string;
  client_created_at: number;
  server_created_at: number;
  revision: number;
  edited_at: number | null;
  edited_by: string | null;
  retracted_at: number | null;
  retracted_by: string | null;
  retract_reason: string | null;
}

export function postTombstone(id: string, patientId: string, updatedAt: number): PostDoc & { _deleted: true } {
  return {
    id,
    patientId,
    authorId: '',
    category: 'message',
    body: '-',
    visibility: 'team',
    recipientIds: [],
    clientCreatedAt: 0,
    serverCreatedAt: null,
    revision: 1,
    editedAt: null,
    editedBy: null,
    history: [],
    retractedAt: null,
    retractedBy: null,
    retractReason: null,
    updatedAt,
    _deleted: true,
  };
}

export function toPostDoc(row: Omit<PostRow, 'eff' | 'myRemovedAt'> & { seq: number }, history: PostDoc['history']): PostDoc {
  return {
    id: row.id,
    patientId: row.patient_id,
    authorId: row.author_id,
    category: row.category,
    body: row.body,
    visibility: row.visibility,
    recipientIds: JSON.parse(row.recipient_ids) as string[],
    clientCreatedAt: row.client_created_at,
    serverCreatedAt: row.server_created_at,
    revision: row.revision,
    editedAt: row.edited_at,
    editedBy: row.edited_by,
    history,
    retractedAt: row.retracted_at,
    retractedBy: row.retracted_by,
    retractReason: row.retract_reason,
    updatedAt: row.seq,
  };
}

export function findPostHistories(db: DbExecutor, postIds: string[]): Map<string, PostDoc['history']> {
  const histories = new Map<string, PostDoc['history']>();
  if (postIds.length === 0) return histories;
  const versions = db.select().from(postVersions).where(inArray(postVersions.postId, postIds)).orderBy(postVersions.revision).all();
  for (const v of versions) {
    const list = histories.get(v.postId) ?? [];
    list.push({ revision: v.revision, category: v.category, body: v.body, editedBy: v.editedBy, editedAt: v.editedAt });
    histories.set(v.postId, list);
  }
  return histories;
}

export function pullPosts(db: DbExecutor, { userId, checkpoint, limit }: PullWindow): PullResponse<PostDoc> & { patientIds: string[] } {
  const eff = effectiveSeq('p');
  const rows = db.all<PostRow & { seq: number }>(sql`
    SELECT p.*, ${eff} AS eff, m.removed_at AS myRemovedAt
    FROM posts p JOIN care_team_members m ON m.patient_id = p.patient_id AND m.user_id = ${userId}
    WHERE ${afterCheckpoint(eff, sql`p.id`, checkpoint)} AND ${knownToMember('p')} AND ${postVisibleSql(userId, 'p')}
    ORDER BY eff, p.id
    LIMIT ${limit}`);
  const histories = findPostHistories(
    db,
    rows.filter((row) => row.myRemovedAt === null).map((row) => row.id),
  );
  return {
    documents: rows.map((row) =>
      row.myRemovedAt !== null
        ? postTombstone(row.id, row.patient_id, row.eff)
        : { ...toPostDoc({ ...row, seq: row.eff }, histories.get(row.id) ?? []), _deleted: false },
    ),
    checkpoint: lastCheckpoint(rows, checkpoint),
    patientIds: [...new Set(rows.filter((row) => row.myRemovedAt === null).map((row) => row.patient_id))],
  };
}
