/**
 * Every stored file the attachments refer to, once per hash (variants of different attachments
 * may share bytes): what a backup must copy and what a file check must find.
 */
import 'server-only';
import type { FileVariant } from '@/lib/schemas/attachment';
import type { DbExecutor } from '@/server/db/client';
import { attachments } from '@/server/db/schema';

export interface AttachmentFile {
  sha256: string;
  size: number;
  /** One attachment that refers to it, to name in a report. */
  attachmentId: string;
  variant: FileVariant;
}

export function findAttachmentFiles(db: DbExecutor): AttachmentFile[] {
  const files = new Map<string, AttachmentFile>();
  for (const row of db.select({ id: attachments.id, variants: attachments.variants }).from(attachments).all()) {
    for (const [variant, stored] of Object.entries(row.variants) as Array<[FileVariant, { sha256: string; size: number } | undefined]>) {
      if (stored && !files.has(stored.sha256))
        files.set(stored.sha256, { sha256: stored.sha256, size: stored.size, attachmentId: row.id, variant });
    }
  }
  return [...files.values()];
}
