/** An attachment's row, and the record devices hold of it. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { AttachmentDoc, FileVariant } from '@/lib/schemas/attachment';
import type { DbExecutor } from '@/server/db/client';
import { attachments } from '@/server/db/schema';

export type AttachmentRow = typeof attachments.$inferSelect;

export function findAttachment(db: DbExecutor, id: string): AttachmentRow | null {
  return db.select().from(attachments).where(eq(attachments.id, id)).get() ?? null;
}

export function attachmentDocOf(row: AttachmentRow): AttachmentDoc {
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
