/** Photos' and documents' records of posts the user can see; the bytes come from /api/files. */
import 'server-only';
import type { AttachmentDoc } from '@/lib/schemas/attachment';
import type { DbExecutor } from '@/server/db/client';
import { attachments } from '@/server/db/schema';
import { attachmentTombstone, toAttachmentDoc } from '@/server/sync/docs/attachment-doc';
import { endPull, selectPulled, type PullBatch, type PullWindow } from './pull-query';

export function pullAttachments(db: DbExecutor, window: PullWindow): PullBatch<AttachmentDoc> {
  const rows = selectPulled(db, window, { table: attachments, alias: 'a', audienceOf: 'postId' });
  return endPull(rows, window.checkpoint, toAttachmentDoc, attachmentTombstone);
}
