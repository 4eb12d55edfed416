/**
 * Applies a pushed measurement (vital signs, a wound score): stored once however often it is
 * pushed, never edited; only its author may withdraw it, and the withdrawn reading stays. One
 * written with a post needs that post to be on the server and within the writer's reach.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { observationDoc, type ObservationDoc } from '@/lib/schemas/observation';
import type { DbExecutor } from '@/server/db/client';
import { observations } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import {
  decidePatientAccess,
  findPatientAccessFacts,
  findReachablePost,
  type Actor,
  type PatientAction,
} from '@/server/policy/patient-access';
import { toObservationDoc } from '@/server/sync/docs/observation-doc';
import type { PushOutcome } from './push-outcome';

type ObservationRow = typeof observations.$inferSelect;

/** Whether the actor may do `action` with the patient's data and, for one with a post, reach that post (its audience: server/policy/form-access.ts). */
function reachable(db: DbExecutor, actor: Actor, row: Pick<ObservationRow, 'patientId' | 'postId'>, action: PatientAction): boolean {
  if (row.postId) return findReachablePost(db, actor, row.postId, row.patientId, action) !== null;
  const facts = findPatientAccessFacts(db, actor.userId, row.patientId);
  return Boolean(facts && decidePatientAccess(actor, facts.patient, facts.membership, action).allowed);
}

function current(db: DbExecutor, id: string): ObservationDoc {
  const row = db.select().from(observations).where(eq(observations.id, id)).get();
  if (!row) throw new Error(`observation ${id} vanished inside its transaction`);
  return toObservationDoc(row);
}

export function pushObservation(db: DbExecutor, actor: Actor, raw: Record<string, unknown>, now: number): PushOutcome<ObservationDoc> {
  const parsed = observationDoc.safeParse(raw);
  if (!parsed.success) return { kind: 'refused', reason: 'invalid' };
  const doc = parsed.data;
  const existing = db.select().from(observations).where(eq(observations.id, doc.id)).get();
  if (!existing) {
    if (doc.authorId !== actor.userId) return { kind: 'refused', reason: 'notAuthor' };
    if (!reachable(db, actor, doc, 'write')) return { kind: 'refused', reason: 'noAccess', patientId: doc.patientId };
    db.insert(observations)
      .values({
        id: doc.id,
        patientId: doc.patientId,
        authorId: actor.userId,
        kind: doc.kind,
        // A device's clock may run ahead: nothing is measured after the server hears of it.
        measuredAt: Math.min(doc.measuredAt, now),
        postId: doc.postId,
        attachmentId: doc.attachmentId,
        vitals: doc.vitals,
        woundScore: doc.woundScore,
        clientCreatedAt: doc.clientCreatedAt,
        serverCreatedAt: now,
        retractedAt: doc.retractedAt === null ? null : now,
        retractedBy: doc.retractedAt === null ? null : actor.userId,
        seq: nextSeq(db),
      })
      .run();
    return { kind: 'applied', patientId: doc.patientId, master: current(db, doc.id) };
  }
  // Someone who may not read this observation learns nothing about it.
  if (!reachable(db, actor, existing, 'read')) return { kind: 'refused', reason: 'noAccess', patientId: existing.patientId };
  const master = toObservationDoc(existing);
  const withdrawing = doc.retractedAt !== null && existing.retractedAt === null;
  if (!withdrawing) return { kind: 'unchanged', patientId: existing.patientId, master };
  if (existing.authorId !== actor.userId || !reachable(db, actor, existing, 'write'))
    return { kind: 'conflict', master, patientId: existing.patientId };
  db.update(observations)
    .set({ retractedAt: now, retractedBy: actor.userId, seq: nextSeq(db) })
    .where(eq(observations.id, existing.id))
    .run();
  return { kind: 'applied', patientId: existing.patientId, master: current(db, existing.id) };
}
