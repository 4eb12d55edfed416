/**
 * Applies pushed posts. A new post is stored once, however often it is pushed. An edit by its
 * author always lands, and the text it replaces moves to the history — also when the device
 * edited an older version (a conflict): both versions are kept, none is silently dropped.
 * A change the user may no longer make (an archived record, a retracted post) is refused with the
 * server's state: the device shows that state and keeps the refused text for its author.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { pushedPostDoc, type PostDoc } from '@/lib/schemas/post';
import type { DbExecutor } from '@/server/db/client';
import { careTeamMembers, posts, postVersions } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { canSeePost, decidePatientAccess, findPatientAccessFacts, type Actor } from '@/server/policy/patient-access';
import { findPostDoc } from '@/server/sync/docs/post-doc';
import type { PushOutcome } from './push-outcome';

function teamUserIds(db: DbExecutor, patientId: string): Set<string> {
  const rows = db
    .select({ userId: careTeamMembers.userId, removedAt: careTeamMembers.removedAt })
    .from(careTeamMembers)
    .where(eq(careTeamMembers.patientId, patientId))
    .all();
  return new Set(rows.filter((row) => row.removedAt === null).map((row) => row.userId));
}

export function pushPost(db: DbExecutor, actor: Actor, raw: Record<string, unknown>, now: number): PushOutcome<PostDoc> {
  const parsed = pushedPostDoc.safeParse(raw);
  if (!parsed.success) return { kind: 'refused', reason: 'invalid' };
  const doc = parsed.data;
  const existing = db.select().from(posts).where(eq(posts.id, doc.id)).get();

  if (!existing) {
    if (doc.authorId !== actor.userId) return { kind: 'refused', reason: 'notAuthor' };
    const facts = findPatientAccessFacts(db, actor.userId, doc.patientId);
    if (!facts || !decidePatientAccess(actor, facts.patient, facts.membership, 'write').allowed)
      return { kind: 'refused', reason: 'noAccess', patientId: doc.patientId };
    const team = teamUserIds(db, doc.patientId);
    const recipientIds =
      doc.visibility === 'private' ? [...new Set(doc.recipientIds)].filter((id) => id !== actor.userId && team.has(id)) : [];
    db.insert(posts)
      .values({
        id: doc.id,
        patientId: doc.patientId,
        authorId: actor.userId,
        category: doc.category,
        body: doc.body,
        visibility: doc.visibility,
        recipientIds,
        clientCreatedAt: doc.clientCreatedAt,
        serverCreatedAt: now,
        revision: 1,
        retractedAt: doc.retractedAt === null ? null : now,
        retractedBy: doc.retractedAt === null ? null : actor.userId,
        retractReason: doc.retractedAt === null ? null : doc.retractReason,
        seq: nextSeq(db),
      })
      .run();
    const audience = { authorId: actor.userId, visibility: doc.visibility, recipientIds };
    return {
      kind: 'applied',
      patientId: doc.patientId,
      master: findPostDoc(db, doc.id) as PostDoc,
      notify:
        doc.retractedAt === null
          ? { patientId: doc.patientId, sourceId: doc.id, change: { type: 'post', category: doc.category, ...audience }, post: audience }
          : undefined,
    };
  }

  // Someone who may not read this post learns nothing about it, not even that the id exists.
  const facts = findPatientAccessFacts(db, actor.userId, existing.patientId);
  if (!facts || !decidePatientAccess(actor, facts.patient, facts.membership, 'read').allowed || !canSeePost(actor.userId, existing)) {
    return { kind: 'refused', reason: 'noAccess', patientId: existing.patientId };
  }
  const master = () => findPostDoc(db, existing.id) as PostDoc;
  if (existing.authorId !== actor.userId || existing.patientId !== doc.patientId)
    return { kind: 'conflict', master: master(), patientId: existing.patientId };
  if (!decidePatientAccess(actor, facts.patient, facts.membership, 'write').allowed)
    return { kind: 'refused', reason: 'noAccess', master: master(), patientId: existing.patientId };

  const edited = doc.body !== existing.body || doc.category !== existing.category;
  const retracting = doc.retractedAt !== null && existing.retractedAt === null;
  if (!edited && !retracting) return { kind: 'unchanged', patientId: existing.patientId, master: master() };
  if (existing.retractedAt !== null) return { kind: 'refused', reason: 'retracted', master: master(), patientId: existing.patientId };

  const changes: Partial<typeof posts.$inferInsert> = { seq: nextSeq(db) };
  if (edited) {
    db.insert(postVersions)
      .values({
        postId: existing.id,
        revision: existing.revision,
        category: existing.category,
        body: existing.body,
        editedBy: existing.editedBy ?? existing.authorId,
        editedAt: existing.editedAt ?? existing.serverCreatedAt,
      })
      .run();
    Object.assign(changes, {
      body: doc.body,
      category: doc.category,
      revision: existing.revision + 1,
      editedAt: now,
      editedBy: actor.userId,
    });
  }
  if (retracting) Object.assign(changes, { retractedAt: now, retractedBy: actor.userId, retractReason: doc.retractReason ?? '' });
  db.update(posts).set(changes).where(eq(posts.id, existing.id)).run();
  return { kind: 'applied', patientId: existing.patientId, master: master() };
}
