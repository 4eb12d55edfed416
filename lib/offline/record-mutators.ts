/**
 * The writes of the official forms and of readings (vital signs, wound scores) to this device's
 * data, beside ./mutators.ts's posts and comments: a form is a draft of its author's from the first
 * moment, finalised once; a reading is withdrawn, never deleted. A form finalised, or a reading
 * posted, announces itself by a post written first, so that it reaches the server before them.
 */
import 'client-only';
import type { RxDocument } from 'rxdb';
import type { FormTemplateId } from '@/lib/domain/form-templates';
import type { FormPeriod } from '@/lib/forms/form-layout';
import type { FormDoc } from '@/lib/schemas/form';
import type { DesignRScore, ObservationDoc, VitalSigns } from '@/lib/schemas/observation';
import { noteLocalWrite } from './device-generation';
import { notYetSynced, writePost, type NewPost, type Writer } from './mutators';

export interface NewForm {
  id: string;
  patientId: string;
  template: FormTemplateId;
  content: Record<string, unknown>;
  period: FormPeriod | null;
  /** A correction: the finalised version it corrects (the new one joins its series). */
  corrects?: Pick<FormDoc, 'id' | 'seriesId' | 'version'>;
}

const periodFields = (period: FormPeriod | null) => ({ periodStart: period?.start ?? null, periodEnd: period?.end ?? null });

/** A new form, as a draft of its author's from the first moment: nothing typed into it can be lost. */
export async function createForm({ db, userId }: Writer, { corrects, period, ...form }: NewForm): Promise<void> {
  noteLocalWrite(userId);
  await db.forms.insert({
    ...form,
    ...periodFields(period),
    seriesId: corrects?.seriesId ?? form.id,
    version: corrects ? corrects.version + 1 : 1,
    supersedesId: corrects?.id ?? null,
    status: 'draft',
    authorId: userId,
    postId: null,
    clientCreatedAt: Date.now(),
    serverCreatedAt: null,
    finalizedAt: null,
    finalizedBy: null,
    updatedAt: notYetSynced,
  });
}

type FormChange = Pick<NewForm, 'content' | 'period'>;

/** A draft's answers as they stand (called as they change); `final` finalises it, announced by `post`. */
async function changeDraft(form: RxDocument<FormDoc>, { content, period }: FormChange, final?: { postId: string }): Promise<void> {
  await form.incrementalModify((doc) =>
    doc.status !== 'draft'
      ? doc
      : { ...doc, content, ...periodFields(period), ...(final ? { status: 'final', postId: final.postId } : {}), updatedAt: notYetSynced },
  );
}

export async function saveFormDraft({ userId }: Writer, form: RxDocument<FormDoc>, change: FormChange): Promise<void> {
  noteLocalWrite(userId);
  await changeDraft(form, change);
}

/**
 * Finalises a draft: from now on it never changes. The timeline gets a post announcing it (its
 * card), written first so it reaches the server before the form that names it.
 */
export async function finaliseForm(
  writer: Writer,
  form: RxDocument<FormDoc>,
  change: FormChange & { post: Pick<NewPost, 'id' | 'category' | 'body'> },
): Promise<void> {
  await writePost(writer, { ...change.post, patientId: form.patientId, recipientIds: [] });
  await changeDraft(form, change, { postId: change.post.id });
}

/** Puts a draft aside for good; the server keeps it, shown to nobody. */
export async function discardFormDraft({ userId }: Writer, form: RxDocument<FormDoc>): Promise<void> {
  noteLocalWrite(userId);
  await form.incrementalModify((doc) => (doc.status === 'draft' ? { ...doc, status: 'discarded', updatedAt: notYetSynced } : doc));
}

export type NewObservation = Pick<ObservationDoc, 'id' | 'patientId' | 'measuredAt' | 'attachmentId' | 'postId'> &
  ({ kind: 'vitals'; vitals: VitalSigns; woundScore: null } | { kind: 'woundScore'; woundScore: DesignRScore; vitals: null });

/**
 * A vital-sign reading or a wound score (which names its photo's post). With `post`, a reading is
 * also posted to the timeline — written first, so it reaches the server before the reading.
 */
export async function writeObservation(writer: Writer, observation: NewObservation, post?: Pick<NewPost, 'id' | 'category' | 'body'>) {
  noteLocalWrite(writer.userId);
  if (post) await writePost(writer, { ...post, patientId: observation.patientId, recipientIds: [] });
  await writer.db.observations.insert({
    ...observation,
    postId: post?.id ?? observation.postId,
    authorId: writer.userId,
    clientCreatedAt: Date.now(),
    serverCreatedAt: null,
    retractedAt: null,
    retractedBy: null,
    updatedAt: notYetSynced,
  });
}

/** Withdraws one's own reading entered in error; the record keeps it, marked. */
export async function withdrawObservation({ userId }: Writer, observation: RxDocument<ObservationDoc>): Promise<void> {
  noteLocalWrite(userId);
  await observation.incrementalPatch({ retractedAt: Date.now(), retractedBy: userId, updatedAt: notYetSynced });
}
