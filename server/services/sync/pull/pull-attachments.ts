/** Photos' and documents' records of posts the user can see; the bytes come from /api/files. */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { AttachmentDoc, FileVariant } from '@/lib/schemas/attachment';
import type { PullResponse } from '@/lib/sync/pull';
import type { DbExecutor } from '@/server/db/client';
import type { StoredVariant } from '@/server/db/schema';
import { postVisibleSql } from '@/server/policy/patient-access';
import { afterCheckpoint, effectiveSeq, knownToMember, lastCheckpoint, type PulledRow, type PullWindow } from './pull-query';

interface AttachmentRow extends PulledRow {
  id: string;
  post_id: string;
  patient_id: string;
  uploaded_by: string;
  kind: AttachmentDoc['kind'];
  file_name: string;
  mime: string;
  size: number;
  width: number;
  height: number;
  variants: string;
  client_created_at: number;
  server_created_at: number;
  seq: number;
}

type AttachmentFields = Omit<AttachmentDoc, 'updatedAt'>;

export function toAttachmentFields(row: Omit<AttachmentRow, 'eff' | 'myRemovedAt' | 'seq'>): AttachmentFields {
  const variants = JSON.parse(row.variants) as Partial<Record<FileVariant, StoredVariant>>;
  return {
    id: row.id,
    postId: row.post_id,
    patientId: row.patient_id,
    uploadedBy: row.uploaded_by,
    kind: row.kind,
    fileName: row.file_name,
    mime: row.mime,
    size: row.size,
    width: row.width,
    height: row.height,
    variants: Object.keys(variants) as FileVariant[],
    clientCreatedAt: row.client_created_at,
    serverCreatedAt: row.server_created_at,
  };
}

export function pullAttachments(
  db: DbExecutor,
  { userId, checkpoint, limit }: PullWindow,
): PullResponse<AttachmentDoc> & { patientIds: string[] } {
  const eff = effectiveSeq('a');
  const rows = db.all<AttachmentRow>(sql`
    SELECT a.*, ${eff} AS eff, m.removed_at AS myRemovedAt
    FROM attachments a
      JOIN posts p ON p.id = a.post_id
      JOIN care_team_members m ON m.patient_id = a.patient_id AND m.user_id = ${userId}
    WHERE ${afterCheckpoint(eff, sql`a.id`, checkpoint)} AND ${knownToMember('a')} AND ${postVisibleSql(userId, 'p')}
    ORDER BY eff, a.id
    LIMIT ${limit}`);
  return {
    documents: rows.map((row) =>
      row.myRemovedAt === null
        ? { ...toAttachmentFields(row), updatedAt: row.eff, _deleted: false }
        : {
            id: row.id,
            postId: row.post_id,
            patientId: row.patient_id,
            uploadedBy: '',
            kind: 'other',
            fileName: '',
            mime: '',
            size: 0,
            width: 0,
            height: 0,
            variants: [],
            clientCreatedAt: 0,
            serverCreatedAt: null,
            updatedAt: row.eff,
            _deleted: true,
          },
    ),
    checkpoint: lastCheckpoint(rows, checkpoint),
    patientIds: [...new Set(rows.filter((row) => row.myRemovedAt === null).map((row) => row.patient_id))],
  };
}
