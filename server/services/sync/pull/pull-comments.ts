/** Comments and read receipts of posts the user can see (the post's audience decides). */
import 'server-only';
import { sql } from 'drizzle-orm';
import { receiptId, type CommentDoc, type ReceiptDoc } from '@/lib/schemas/comment';
import type { PullResponse } from '@/lib/sync/pull';
import type { DbExecutor } from '@/server/db/client';
import { postVisibleSql } from '@/server/policy/patient-access';
import { afterCheckpoint, effectiveSeq, knownToMember, lastCheckpoint, type PulledRow, type PullWindow } from './pull-query';

interface CommentRow extends PulledRow {
  id: string;
  post_id: string;
  patient_id: string;
  author_id: string;
  body: string;
  client_created_at: number;
  server_created_at: number;
  retracted_at: number | null;
  retracted_by: string | null;
}

export function pullComments(
  db: DbExecutor,
  { userId, checkpoint, limit }: PullWindow,
): PullResponse<CommentDoc> & { patientIds: string[] } {
  const eff = effectiveSeq('c');
  const rows = db.all<CommentRow>(sql`
    SELECT c.*, ${eff} AS eff, m.removed_at AS myRemovedAt
    FROM comments c
      JOIN posts p ON p.id = c.post_id
      JOIN care_team_members m ON m.patient_id = c.patient_id AND m.user_id = ${userId}
    WHERE ${afterCheckpoint(eff, sql`c.id`, checkpoint)} AND ${knownToMember('c')} AND ${postVisibleSql(userId, 'p')}
    ORDER BY eff, c.id
    LIMIT ${limit}`);
  return {
    documents: rows.map((row) => ({
      id: row.id,
      postId: row.post_id,
      patientId: row.patient_id,
      authorId: row.myRemovedAt === null ? row.author_id : '',
      body: row.myRemovedAt === null ? row.body : '-',
      clientCreatedAt: row.myRemovedAt === null ? row.client_created_at : 0,
      serverCreatedAt: row.myRemovedAt === null ? row.server_created_at : null,
      retractedAt: row.myRemovedAt === null ? row.retracted_at : null,
      retractedBy: row.myRemovedAt === null ? row.retracted_by : null,
      updatedAt: row.eff,
      _deleted: row.myRemovedAt !== null,
    })),
    checkpoint: lastCheckpoint(rows, checkpoint),
    patientIds: [...new Set(rows.filter((row) => row.myRemovedAt === null).map((row) => row.patient_id))],
  };
}

interface ReceiptRow extends PulledRow {
  id: string;
  post_id: string;
  patient_id: string;
  user_id: string;
  read_at: number;
}

export function pullReceipts(
  db: DbExecutor,
  { userId, checkpoint, limit }: PullWindow,
): PullResponse<ReceiptDoc> & { patientIds: string[] } {
  const eff = effectiveSeq('r');
  const id = sql`(r.post_id || ':' || r.user_id)`;
  const rows = db.all<ReceiptRow>(sql`
    SELECT r.*, ${id} AS id, ${eff} AS eff, m.removed_at AS myRemovedAt
    FROM read_receipts r
      JOIN posts p ON p.id = r.post_id
      JOIN care_team_members m ON m.patient_id = r.patient_id AND m.user_id = ${userId}
    WHERE ${afterCheckpoint(eff, id, checkpoint)} AND ${knownToMember('r')} AND ${postVisibleSql(userId, 'p')}
    ORDER BY eff, id
    LIMIT ${limit}`);
  return {
    documents: rows.map((row) => ({
      id: receiptId(row.post_id, row.user_id),
      postId: row.post_id,
      patientId: row.patient_id,
      userId: row.myRemovedAt === null ? row.user_id : '',
      readAt: row.myRemovedAt === null ? row.read_at : 0,
      updatedAt: row.eff,
      _deleted: row.myRemovedAt !== null,
    })),
    checkpoint: lastCheckpoint(rows, checkpoint),
    patientIds: [...new Set(rows.filter((row) => row.myRemovedAt === null).map((row) => row.patient_id))],
  };
}
