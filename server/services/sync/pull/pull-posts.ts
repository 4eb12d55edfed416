/** Posts of the user's patients, with their earlier versions; private posts only to their audience. */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { PostVersion } from '@/lib/schemas/post';
import type { Db } from '@/server/db/client';
import { posts } from '@/server/db/schema';
import { postTombstone, toPostDoc } from '@/server/sync/docs/post-doc';
import { endPull, iteratePulled, type PullEnd, type PullSink, type PullWindow } from './pull-query';

/**
 * A post's earlier versions, oldest first, read with its row as JSON text (`[]` when never
 * edited; as findPostHistories reads them for a push's answer): the connection is busy while the rows are stepped through, so no second query may
 * look them up on the way.
 */
const historyJson = sql<string>`(
  SELECT json_group_array(json_object(
    'revision', v.revision, 'category', v.category, 'body', v.body, 'editedBy', v.edited_by, 'editedAt', v.edited_at
  ) ORDER BY v.revision)
  FROM post_versions v WHERE v.post_id = p.id)`;

function historyOf({ historyJson }: { historyJson: string }): PostVersion[] {
  return historyJson === '[]' ? [] : (JSON.parse(historyJson) as PostVersion[]);
}

export function pullPosts(db: Db, window: PullWindow, emit: PullSink): PullEnd {
  const rows = iteratePulled(db, window, { table: posts, alias: 'p', audienceOf: 'self', extra: { historyJson } });
  return endPull(rows, window, emit, (row) => toPostDoc(row, historyOf(row as typeof row & { historyJson: string })), postTombstone);
}
