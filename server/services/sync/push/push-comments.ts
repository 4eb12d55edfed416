/**
 * Applies pushed comments and read receipts. Both are stored once however often they are pushed;
 * a comment's author may retract it; a receipt keeps the first time the post was read.
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { commentDoc, receiptDoc, receiptId, type CommentDoc, type ReceiptDoc } from '@/lib/schemas/comment';
import type { DbExecutor } from '@/server/db/client';
import { comments, posts, readReceipts } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { findReachablePost, type Actor } from '@/server/policy/patient-access';
import type { PushOutcome } from './push-outcome';

function toCommentDoc(row: typeof comments.$inferSelect): CommentDoc {
  return {
    id: row.id,
    postId: row.postId,
    patientId: row.patientId,
    authorId: row.authorId,
    body: row.body,
    clientCreatedAt: row.clientCreatedAt,
    serverCreatedAt: row.serverCreatedAt,
    retractedAt: row.retractedAt,
    retractedBy: row.retractedBy,
    updatedAt: row.seq,
  };
}

function currentComment(db: DbExecutor, id: string): CommentDoc {
  const row = db.select().from(comments).where(eq(comments.id, id)).get();
  if (!row) throw new Error(`comment ${id} vanished inside its transaction`);
  return toCommentDoc(row);
}

export function pushComment(db: DbExecutor, actor: Actor, raw: Record<string, unknown>, now: number): PushOutcome<CommentDoc> {
  const parsed = commentDoc.safeParse(raw);
  if (!parsed.success) return { kind: 'refused', reason: 'invalid' };
  const doc = parsed.data;
  const existing = db.select().from(comments).where(eq(comments.id, doc.id)).get();
  if (!existing) {
    if (doc.authorId !== actor.userId) return { kind: 'refused', reason: 'notAuthor' };
    if (!findReachablePost(db, actor, doc.postId, doc.patientId, 'write'))
      return { kind: 'refused', reason: 'noAccess', patientId: doc.patientId };
    db.insert(comments)
      .values({
        id: doc.id,
        postId: doc.postId,
        patientId: doc.patientId,
        authorId: actor.userId,
        body: doc.body,
        clientCreatedAt: doc.clientCreatedAt,
        serverCreatedAt: now,
        retractedAt: doc.retractedAt === null ? null : now,
        retractedBy: doc.retractedAt === null ? null : actor.userId,
        seq: nextSeq(db),
      })
      .run();
    return { kind: 'applied', patientId: doc.patientId, master: currentComment(db, doc.id) };
  }
  // Someone who may not read this comment learns nothing about it.
  if (!findReachablePost(db, actor, existing.postId, existing.patientId, 'read'))
    return { kind: 'refused', reason: 'noAccess', patientId: existing.patientId };
  const retracting = doc.retractedAt !== null && existing.retractedAt === null;
  const sameText = doc.body === existing.body;
  if (sameText && !retracting) return { kind: 'unchanged', patientId: existing.patientId, master: toCommentDoc(existing) };
  // Comments are not edited; only their author may retract one.
  if (!sameText || existing.authorId !== actor.userId || !findReachablePost(db, actor, existing.postId, existing.patientId, 'write')) {
    return { kind: 'conflict', master: toCommentDoc(existing), patientId: existing.patientId };
  }
  db.update(comments)
    .set({ retractedAt: now, retractedBy: actor.userId, seq: nextSeq(db) })
    .where(eq(comments.id, existing.id))
    .run();
  return { kind: 'applied', patientId: existing.patientId, master: currentComment(db, existing.id) };
}

function toReceiptDoc(row: typeof readReceipts.$inferSelect): ReceiptDoc {
  return {
    id: receiptId(row.postId, row.userId),
    postId: row.postId,
    patientId: row.patientId,
    userId: row.userId,
    readAt: row.readAt,
    updatedAt: row.seq,
  };
}

export function pushReceipt(db: DbExecutor, actor: Actor, raw: Record<string, unknown>, now: number): PushOutcome<ReceiptDoc> {
  const parsed = receiptDoc.safeParse(raw);
  if (!parsed.success) return { kind: 'refused', reason: 'invalid' };
  const doc = parsed.data;
  if (doc.userId !== actor.userId || doc.id !== receiptId(doc.postId, doc.userId)) return { kind: 'refused', reason: 'notAuthor' };
  const where = and(eq(readReceipts.postId, doc.postId), eq(readReceipts.userId, actor.userId));
  const existing = db.select().from(readReceipts).where(where).get();
  if (existing) return { kind: 'unchanged', patientId: existing.patientId, master: toReceiptDoc(existing) };
  if (!findReachablePost(db, actor, doc.postId, doc.patientId, 'read'))
    return { kind: 'refused', reason: 'noAccess', patientId: doc.patientId };
  // A device's clock may be off: a post cannot be read before the server had it, nor in the future.
  const post = db.select({ serverCreatedAt: posts.serverCreatedAt }).from(posts).where(eq(posts.id, doc.postId)).get();
  const readAt = Math.min(Math.max(doc.readAt, post?.serverCreatedAt ?? 0), now);
  const row = db
    .insert(readReceipts)
    .values({ postId: doc.postId, userId: actor.userId, patientId: doc.patientId, readAt, receivedAt: now, seq: nextSeq(db) })
    .returning()
    .get();
  return { kind: 'applied', patientId: doc.patientId, master: toReceiptDoc(row) };
}
