/** Comments of posts the user can see (the post's audience decides). */
import 'server-only';
import type { Db } from '@/server/db/client';
import { comments } from '@/server/db/schema';
import { commentTombstone, toCommentDoc } from '@/server/sync/docs/comment-doc';
import { endPull, iteratePulled, type PullEnd, type PullSink, type PullWindow } from './pull-query';

export function pullComments(db: Db, window: PullWindow, emit: PullSink): PullEnd {
  const rows = iteratePulled(db, window, { table: comments, alias: 'c', audienceOf: 'postId' });
  return endPull(rows, window, emit, toCommentDoc, commentTombstone);
}
