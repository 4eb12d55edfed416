/** Comments of posts the user can see (the post's audience decides). */
import 'server-only';
import type { CommentDoc } from '@/lib/schemas/comment';
import type { DbExecutor } from '@/server/db/client';
import { comments } from '@/server/db/schema';
import { commentTombstone, toCommentDoc } from '@/server/sync/docs/comment-doc';
import { endPull, selectPulled, type PullBatch, type PullWindow } from './pull-query';

export function pullComments(db: DbExecutor, window: PullWindow): PullBatch<CommentDoc> {
  const rows = selectPulled(db, window, { table: comments, alias: 'c', audienceOf: 'postId' });
  return endPull(rows, window.checkpoint, toCommentDoc, commentTombstone);
}
