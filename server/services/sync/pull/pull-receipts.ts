/** Read receipts (既読) of posts the user can see (the post's audience decides). */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { ReceiptDoc } from '@/lib/schemas/comment';
import type { DbExecutor } from '@/server/db/client';
import { readReceipts } from '@/server/db/schema';
import { receiptTombstone, toReceiptDoc } from '@/server/sync/docs/receipt-doc';
import { endPull, selectPulled, type PullBatch, type PullWindow } from './pull-query';

export function pullReceipts(db: DbExecutor, window: PullWindow): PullBatch<ReceiptDoc> {
  const id = sql<string>`(r.post_id || ':' || r.user_id)`;
  const rows = selectPulled(db, window, { table: readReceipts, alias: 'r', id, audienceOf: 'postId' });
  return endPull(rows, window.checkpoint, toReceiptDoc, receiptTombstone);
}
