/**
 * Applies a pushed form version. Its author writes a draft as often as they like (the last state
 * wins; nobody else sees it); finalising fixes it for good, stamped with the server's time and
 * audited. A finalised version is never changed: a correction comes as a new version of the same
 * series, by the same author, and the old one stays. A finalisation that misses a required field
 * is kept as a draft, so nothing typed is lost and the device learns it is not final.
 */
import 'server-only';
import { and, eq, max } from 'drizzle-orm';
import { findFormProblems } from '@/lib/forms/form-problems';
import { parseFormContent, templateOf } from '@/lib/forms/templates';
import { formDoc, type FormDoc } from '@/lib/schemas/form';
import type { DbExecutor } from '@/server/db/client';
import { forms, posts } from '@/server/db/schema';
import { nextSeq } from '@/server/db/sequence';
import { canAuthorForm, canSeeForm, findProfession } from '@/server/policy/form-access';
import { decidePatientAccess, findPatientAccessFacts, type Actor } from '@/server/policy/patient-access';
import { findFormDoc } from '@/server/sync/docs/form-doc';
import type { PushAuditEvent, PushOutcome } from './push-outcome';

type FormRow = typeof forms.$inferSelect;

function mayWrite(db: DbExecutor, actor: Actor, patientId: string): boolean {
  const facts = findPatientAccessFacts(db, actor.userId, patientId);
  return Boolean(facts && decidePatientAccess(actor, facts.patient, facts.membership, 'write').allowed);
}

/** The finalised version a correction names, if it may be corrected by this author. */
function correctable(db: DbExecutor, actor: Actor, doc: FormDoc): FormRow | null {
  if (!doc.supersedesId) return null;
  const prior = db.select().from(forms).where(eq(forms.id, doc.supersedesId)).get();
  const fits =
    prior &&
    prior.status === 'final' &&
    prior.authorId === actor.userId &&
    prior.patientId === doc.patientId &&
    prior.template === doc.template &&
    prior.seriesId === doc.seriesId;
  return fits ? prior : null;
}

/** The announcing post, kept only if it is the author's own team post about this patient. */
function announcingPost(db: DbExecutor, actor: Actor, doc: FormDoc): string | null {
  if (!doc.postId) return null;
  const post = db.select().from(posts).where(eq(posts.id, doc.postId)).get();
  return post && post.patientId === doc.patientId && post.authorId === actor.userId && post.visibility === 'team' ? post.id : null;
}

/** The row's next state from the pushed document: a finalisation only when nothing is missing. */
function nextState(db: DbExecutor, actor: Actor, doc: FormDoc, content: Record<string, unknown>, now: number) {
  const finalising = doc.status === 'final' && findFormProblems(doc.template, content).length === 0;
  const period = templateOf(doc.template).period(content);
  const base = { content, periodStart: period?.start ?? null, periodEnd: period?.end ?? null };
  if (!finalising) return { ...base, status: doc.status === 'final' ? ('draft' as const) : doc.status };
  // A correction takes the number after the series' last finalised version (two made at once both stay).
  const last = db
    .select({ version: max(forms.version) })
    .from(forms)
    .where(and(eq(forms.seriesId, doc.seriesId), eq(forms.status, 'final')))
    .get();
  return {
    ...base,
    status: 'final' as const,
    version: doc.supersedesId ? (last?.version ?? 0) + 1 : 1,
    postId: announcingPost(db, actor, doc),
    finalizedAt: now,
    finalizedBy: actor.userId,
  };
}

function finalisedEvent(master: FormDoc): PushAuditEvent {
  return {
    action: 'form.finalised',
    details: { formId: master.id, template: master.template, version: master.version, supersedesId: master.supersedesId },
  };
}

export function pushForm(db: DbExecutor, actor: Actor, raw: Record<string, unknown>, now: number): PushOutcome<FormDoc> {
  const parsed = formDoc.safeParse(raw);
  if (!parsed.success) return { kind: 'refused', reason: 'invalid' };
  const doc = parsed.data;
  const content = parseFormContent(doc.template, doc.content);
  if (!content) return { kind: 'refused', reason: 'invalid' };
  const existing = db.select().from(forms).where(eq(forms.id, doc.id)).get();

  if (!existing) {
    if (doc.authorId !== actor.userId) return { kind: 'refused', reason: 'notAuthor' };
    if (!mayWrite(db, actor, doc.patientId)) return { kind: 'refused', reason: 'noAccess', patientId: doc.patientId };
    const profession = findProfession(db, actor.userId);
    if (!profession || !canAuthorForm(profession, doc.template)) return { kind: 'refused', reason: 'noAccess', patientId: doc.patientId };
    const series = doc.supersedesId ? correctable(db, actor, doc) : null;
    if (doc.supersedesId ? !series : doc.seriesId !== doc.id) return { kind: 'refused', reason: 'invalid', patientId: doc.patientId };
    const state = nextState(db, actor, doc, content, now);
    db.insert(forms)
      .values({
        id: doc.id,
        patientId: doc.patientId,
        template: doc.template,
        seriesId: doc.seriesId,
        version: series ? series.version + 1 : 1,
        supersedesId: doc.supersedesId,
        authorId: actor.userId,
        clientCreatedAt: doc.clientCreatedAt,
        serverCreatedAt: now,
        ...state,
        seq: nextSeq(db),
      })
      .run();
    const master = findFormDoc(db, doc.id) as FormDoc;
    return { kind: 'applied', patientId: doc.patientId, master, ...(master.status === 'final' ? { audit: finalisedEvent(master) } : {}) };
  }

  // Someone who may not read this form (another's draft) learns nothing about it.
  const facts = findPatientAccessFacts(db, actor.userId, existing.patientId);
  if (!facts || !decidePatientAccess(actor, facts.patient, facts.membership, 'read').allowed || !canSeeForm(actor.userId, existing))
    return { kind: 'refused', reason: 'noAccess', patientId: existing.patientId };
  const master = () => findFormDoc(db, existing.id) as FormDoc;
  const sameContent = JSON.stringify(existing.content) === JSON.stringify(content);
  const same = sameContent && existing.status === doc.status;
  // Final and discarded versions are not changed; a version is its author's; its identity is fixed.
  const fixed =
    existing.status !== 'draft' ||
    existing.authorId !== actor.userId ||
    existing.patientId !== doc.patientId ||
    existing.template !== doc.template ||
    existing.seriesId !== doc.seriesId ||
    existing.supersedesId !== doc.supersedesId;
  if (same) return { kind: 'unchanged', patientId: existing.patientId, master: master() };
  if (fixed || !mayWrite(db, actor, existing.patientId)) return { kind: 'conflict', master: master(), patientId: existing.patientId };
  db.update(forms)
    .set({ ...nextState(db, actor, doc, content, now), seq: nextSeq(db) })
    .where(eq(forms.id, existing.id))
    .run();
  const updated = master();
  return {
    kind: 'applied',
    patientId: existing.patientId,
    master: updated,
    ...(updated.status === 'final' ? { audit: finalisedEvent(updated) } : {}),
  };
}
