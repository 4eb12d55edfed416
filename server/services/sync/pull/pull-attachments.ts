/** Photos' and documents' records of posts the user can see; the bytes come from /api/files. */
import 'server-only';
import type { Db } from '@/server/db/client';
import { attachments } from '@/server/db/schema';
import { attachmentTombstone, toAttachmentDoc } from '@/server/sync/docs/attachment-doc';
import { endPull, iteratePulled, type PullEnd, type PullSink, type PullWindow } from './pull-query';

export function pullAttachments(db: Db, window: PullWindow, emit: PullSink): PullEnd {
  const rows = iteratePulled(db, window, { table: attachments, alias: 'a', audienceOf: 'postId' });
  return endPull(rows, window, emit, toAttachmentDoc, attachmentTombstone);
}
