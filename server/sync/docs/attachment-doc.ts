/**
 * A photo's or document's record as devices hold it (the bytes come from /api/files), and the
 * placeholder a device gets once the user has left the team.
 */
import 'server-only';
import type { AttachmentDoc, FileVariant } from '@/lib/schemas/attachment';
import type { attachments } from '@/server/db/schema';

type AttachmentRow = typeof attachments.$inferSelect;

export function toAttachmentDoc(row: AttachmentRow): AttachmentDoc {
  return {
    id: row.id,
    postId: row.postId,
    patientId: row.patientId,
    uploadedBy: row.uploadedBy,
    kind: row.kind,
    fileName: row.fileName,
    mime: row.mime,
    size: row.size,
    width: row.width,
    height: row.height,
    variants: Object.keys(row.variants) as FileVariant[],
    clientCreatedAt: row.clientCreatedAt,
    serverCreatedAt: row.serverCreatedAt,
    updatedAt: row.seq,
  };
}

export function attachmentTombstone(row: Pick<AttachmentRow, 'id' | 'postId' | 'patientId'>): AttachmentDoc {
  return {
    id: row.id,
    postId: row.postId,
    patientId: row.patientId,
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
    updatedAt: 0,
  };
}
