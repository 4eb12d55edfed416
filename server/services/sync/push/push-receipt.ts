/**
 * Applies a pushed read receipt (既読): stored at the first read, and moved forward when the reader
 * reads the post again after new comments (never back: an older device's push changes nothing).
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { receiptDoc, receiptId, type ReceiptDoc } from '@/lib/schemas/comment';
import type { DbExecutor } from '@/server/db/client';
import { posts, readReceipts } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { findReachablePost, type Actor } from '@/server/policy/patient-access';
import { toReceiptDoc } from '@/server/sync/docs/receipt-doc';
import type { PushOutcome } from './push-outcome';

export function pushReceipt(db: DbExecutor, actor: Actor, raw: Record<string, unknown>, now: number): PushOutcome<ReceiptDoc> {
  const parsed = receiptDoc.safeParse(raw);
  if (!parsed.success) return { kind: 'refused', reason: 'invalid' };
  const doc = parsed.data;
  if (doc.userId !== actor.userId || doc.id !== receiptId(doc.postId, doc.userId)) return { kind: 'refused', reason: 'notAuthor' };
  const where = and(eq(readReceipts.postId, doc.postId), eq(readReceipts.userId, actor.userId));
  const existing = db.select().from(readReceipts).where(where).get();
  if (existing && doc.readAt <= existing.readAt)
    return { kind: 'unchanged', patientId: existing.patientId, master: toReceiptDoc(existing) };
  if (!findReachablePost(db, actor, doc.postId, doc.patientId, 'read'))
    return { kind: 'refused', reason: 'noAccess', patientId: doc.patientId };
  // A device's clock may be off: a post cannot be read before the server had it, nor in the future.
  const post = db.select({ serverCreatedAt: posts.serverCreatedAt }).from(posts).where(eq(posts.id, doc.postId)).get();
  const readAt = Math.min(Math.max(doc.readAt, post?.serverCreatedAt ?? 0), now);
  if (existing) {
    if (readAt <= existing.readAt) return { kind: 'unchanged', patientId: existing.patientId, master: toReceiptDoc(existing) };
    const row = db
      .update(readReceipts)
      .set({ readAt, receivedAt: now, seq: nextSeq(db) })
      .where(where)
      .returning()
      .get();
    return { kind: 'applied', patientId: existing.patientId, master: toReceiptDoc(row!) };
  }
  const row = db
    .insert(readReceipts)
    .values({ postId: doc.postId, userId: actor.userId, patientId: doc.patientId, readAt, receivedAt: now, seq: nextSeq(db) })
    .returning()
    .get();
  return { kind: 'applied', patientId: doc.patientId, master: toReceiptDoc(row) };
}
