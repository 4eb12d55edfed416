/** Read receipts (既読) of posts the user can see (the post's audience decides). */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/server/db/client';
import { readReceipts } from '@/server/db/schema';
import { receiptTombstone, toReceiptDoc } from '@/server/sync/docs/receipt-doc';
import { endPull, iteratePulled, type PullEnd, type PullSink, type PullWindow } from './pull-query';

export function pullReceipts(db: Db, window: PullWindow, emit: PullSink): PullEnd {
  const id = sql<string>`(r.post_id || ':' || r.user_id)`;
  const rows = iteratePulled(db, window, { table: readReceipts, alias: 'r', id, audienceOf: 'postId' });
  return endPull(rows, window, emit, toReceiptDoc, receiptTombstone);
}
