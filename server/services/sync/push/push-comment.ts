/**
 * Applies a pushed comment: stored once however often it is pushed; only its author may retract
 * it, and nobody edits it.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { commentDoc, type CommentDoc } from '@/lib/schemas/comment';
import type { DbExecutor } from '@/server/db/client';
import { comments } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { findReachablePost, type Actor } from '@/server/policy/patient-access';
import { toCommentDoc } from '@/server/sync/docs/comment-doc';
import type { TimelineChange } from '@/server/push/queue-push';
import type { PushOutcome } from './push-outcome';

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
    const post = findReachablePost(db, actor, doc.postId, doc.patientId, 'write');
    if (!post) return { kind: 'refused', reason: 'noAccess', patientId: doc.patientId };
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
    const notify: TimelineChange = {
      patientId: doc.patientId,
      sourceId: doc.id,
      change: { type: 'comment', authorId: actor.userId, postAuthorId: post.authorId },
      post: { authorId: post.authorId, visibility: post.visibility, recipientIds: post.recipientIds },
    };
    return {
      kind: 'applied',
      patientId: doc.patientId,
      master: currentComment(db, doc.id),
      notify: doc.retractedAt === null ? notify : undefined,
    };
  }
  // Someone who may not read this comment learns nothing about it.
  if (!findReachablePost(db, actor, existing.postId, existing.patientId, 'read'))
    return { kind: 'refused', reason: 'noAccess', patientId: existing.patientId };
  const retracting = doc.retractedAt !== null && existing.retractedAt === null;
  const sameText = doc.body === existing.body;
  if (sameText && !retracting) return { kind: 'unchanged', patientId: existing.patientId, master: toCommentDoc(existing) };
  // Comments are not edited; only their author may retract one.
  if (!sameText || existing.authorId !== actor.userId)
    return { kind: 'conflict', master: toCommentDoc(existing), patientId: existing.patientId };
  // A retraction the author may no longer make (the record archived, the team left) waits for them.
  if (!findReachablePost(db, actor, existing.postId, existing.patientId, 'write'))
    return { kind: 'refused', reason: 'noAccess', master: toCommentDoc(existing), patientId: existing.patientId };
  db.update(comments)
    .set({ retractedAt: now, retractedBy: actor.userId, seq: nextSeq(db) })
    .where(eq(comments.id, existing.id))
    .run();
  return { kind: 'applied', patientId: existing.patientId, master: currentComment(db, existing.id) };
}
