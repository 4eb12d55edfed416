/** Posts of the user's patients, with their earlier versions; private posts only to their audience. */
import 'server-only';
import type { PostDoc } from '@/lib/schemas/post';
import type { DbExecutor } from '@/server/db/client';
import { posts } from '@/server/db/schema';
import { findPostHistories, postTombstone, toPostDoc } from '@/server/sync/docs/post-doc';
import { endPull, selectPulled, type PullBatch, type PullWindow } from './pull-query';

export function pullPosts(db: DbExecutor, window: PullWindow): PullBatch<PostDoc> {
  const rows = selectPulled(db, window, { table: posts, alias: 'p', audienceOf: 'self' });
  const histories = findPostHistories(
    db,
    rows.filter((pulled) => pulled.myRemovedAt === null).map((pulled) => pulled.id),
  );
  return endPull(rows, window.checkpoint, (row) => toPostDoc(row, histories.get(row.id) ?? []), postTombstone);
}
