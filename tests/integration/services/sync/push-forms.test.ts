import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyFormContent } from '@/lib/forms/templates';
import type { FormDoc } from '@/lib/schemas/form';
import { auditLog, forms } from '@/server/db/schema';
import { openTeamWorld, signIn, type CareTeamWorld, type Person } from '@/tests/support/care-team-world';
import { completeReport, formDocBy, postDocBy, pullAll, push } from '@/tests/support/sync-docs';

let world: CareTeamWorld;
let patientId: string;
beforeEach(async () => {
  let close: () => void;
  ({ world, patientId, close } = await openTeamWorld(['nurse', 'doctor', 'caremanager'], ['doctor', 'caremanager']));
  return close;
});

const formRow = (id: string) => world.db.select().from(forms).where(eq(forms.id, id)).get();
const pulledForms = async (person: Person) => (await pullAll(world, person, 'forms')).documents;
const auditOf = (action: string) => world.db.select().from(auditLog).where(eq(auditLog.action, action)).all();

/** The nurse's report, pushed as a draft and then finalised with its announcing post. */
async function finalisedReport(fields: Partial<FormDoc> = {}): Promise<FormDoc> {
  const draft = formDocBy(world, 'nurse', patientId, 'visitingNursingReport', { content: completeReport(), ...fields });
  await push(world, 'nurse', 'forms', [draft]);
  const post = postDocBy(world, 'nurse', patientId, { category: 'report', body: '訪問看護報告書（令和8年11月）' });
  await push(world, 'nurse', 'posts', [post]);
  const { conflicts } = await push(world, 'nurse', 'forms', [{ ...draft, status: 'final', postId: post.id }]);
  return conflicts[0] as unknown as FormDoc;
}

describe('forms: drafts and finalising', () => {
  it('keeps a draft to its author, then gives the finalised form to the team, stamped and audited', async () => {
    const draft = formDocBy(world, 'nurse', patientId, 'visitingNursingReport', { content: completeReport() });
    await push(world, 'nurse', 'forms', [draft]);
    expect((await pulledForms('nurse')).map((doc) => doc.id)).toEqual([draft.id]);
    expect(await pulledForms('doctor')).toEqual([]);
    expect(auditOf('form.finalised')).toEqual([]);

    const master = await finalisedReport({ id: draft.id, seriesId: draft.id });
    expect(master).toMatchObject({
      status: 'final',
      version: 1,
      finalizedBy: world.ids.nurse,
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
    });
    expect(master.finalizedAt).toBeGreaterThan(0);
    expect(master.postId).not.toBeNull();
    const seen = await pulledForms('doctor');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ id: draft.id, status: 'final', content: { course: '浮腫は軽減し、ADLは維持。' } });
    const [entry] = auditOf('form.finalised');
    expect(entry).toMatchObject({ patientId, actorUserId: world.ids.nurse });
    expect(JSON.parse(entry?.details ?? '{}')).toMatchObject({ formId: draft.id, template: 'visitingNursingReport', version: 1 });
  });

  it('keeps a finalisation with a required field empty as a draft, losing nothing typed', async () => {
    const content = completeReport({ course: '' });
    const doc = formDocBy(world, 'nurse', patientId, 'visitingNursingReport', { content, status: 'final' });
    const { conflicts } = await push(world, 'nurse', 'forms', [doc]);
    expect(conflicts[0]).toMatchObject({ status: 'draft', content: { careContent: content.careContent } });
    expect(formRow(doc.id)?.status).toBe('draft');
    expect(await pulledForms('doctor')).toEqual([]);
  });

  it('never changes a finalised form: a change comes back as a conflict, and the database refuses it too', async () => {
    const master = await finalisedReport();
    const { conflicts } = await push(world, 'nurse', 'forms', [{ ...master, content: { ...master.content, course: '書き換え' } }]);
    expect(conflicts[0]).toMatchObject({ id: master.id, content: { course: '浮腫は軽減し、ADLは維持。' } });
    const discarding = await push(world, 'nurse', 'forms', [{ ...master, status: 'discarded' }]);
    expect(discarding.conflicts[0]).toMatchObject({ status: 'final' });
    const sqlite = world.db.$client;
    expect(() => sqlite.prepare("UPDATE forms SET status = 'draft' WHERE id = ?").run(master.id)).toThrow(/immutable/);
    expect(() => sqlite.prepare('DELETE FROM forms WHERE id = ?').run(master.id)).toThrow(/never deleted/);
  });

  it('makes a correction a new version of the series, keeping the old one', async () => {
    const first = await finalisedReport();
    const correction = formDocBy(world, 'nurse', patientId, 'visitingNursingReport', {
      seriesId: first.seriesId,
      supersedesId: first.id,
      version: 2,
      content: completeReport({ course: '訂正：浮腫は消失。' }),
      status: 'final',
    });
    const { conflicts } = await push(world, 'nurse', 'forms', [correction]);
    expect(conflicts[0]).toMatchObject({ status: 'final', version: 2, supersedesId: first.id, seriesId: first.seriesId });
    const seen = await pulledForms('doctor');
    expect(seen.map((doc) => [doc.version, (doc.content as { course: string }).course])).toEqual([
      [1, '浮腫は軽減し、ADLは維持。'],
      [2, '訂正：浮腫は消失。'],
    ]);
  });

  it('refuses a correction of a draft, of another author’s form, or into another series', async () => {
    const first = await finalisedReport();
    const draft = formDocBy(world, 'nurse', patientId, 'visitingNursingReport');
    await push(world, 'nurse', 'forms', [draft]);
    const ofDraft = formDocBy(world, 'nurse', patientId, 'visitingNursingReport', { seriesId: draft.id, supersedesId: draft.id });
    const wrongSeries = formDocBy(world, 'nurse', patientId, 'visitingNursingReport', { supersedesId: first.id });
    const result = await push(world, 'nurse', 'forms', [ofDraft, wrongSeries]);
    expect(result.refused).toEqual([
      { id: ofDraft.id, reason: 'invalid' },
      { id: wrongSeries.id, reason: 'invalid' },
    ]);
    await signIn(world, 'caremanager');
    const byOther = formDocBy(world, 'caremanager', patientId, 'visitingNursingReport', {
      seriesId: first.seriesId,
      supersedesId: first.id,
    });
    expect((await push(world, 'caremanager', 'forms', [byOther])).refused).toEqual([{ id: byOther.id, reason: 'noAccess' }]);
  });

  it('lets each form be written by the profession that signs it', async () => {
    const byNurse = formDocBy(world, 'nurse', patientId, 'visitingNursingInstruction');
    const byDoctor = formDocBy(world, 'doctor', patientId, 'visitingNursingInstruction');
    expect((await push(world, 'nurse', 'forms', [byNurse])).refused).toEqual([{ id: byNurse.id, reason: 'noAccess' }]);
    expect((await push(world, 'doctor', 'forms', [byDoctor])).refused).toEqual([]);
    const opinion = formDocBy(world, 'caremanager', patientId, 'physicianOpinion');
    expect((await push(world, 'caremanager', 'forms', [opinion])).refused).toEqual([{ id: opinion.id, reason: 'noAccess' }]);
  });

  it('tells someone pushing onto another’s draft nothing, and lets the author discard it', async () => {
    const draft = formDocBy(world, 'nurse', patientId, 'visitingNursingReport', {
      content: { ...emptyFormContent('visitingNursingReport'), course: '下書き' },
    });
    await push(world, 'nurse', 'forms', [draft]);
    const hijack = { ...draft, authorId: world.ids.doctor, content: { ...draft.content, course: '改ざん' } };
    expect((await push(world, 'doctor', 'forms', [hijack])).refused).toEqual([{ id: draft.id, reason: 'noAccess' }]);
    await push(world, 'nurse', 'forms', [{ ...draft, status: 'discarded' }]);
    expect(formRow(draft.id)).toMatchObject({ status: 'discarded', content: { course: '下書き' } });
  });
});

describe('forms: who receives them', () => {
  it('never gives a non-member anything, nor takes a form from one', async () => {
    await finalisedReport();
    await signIn(world, 'outsider', 'stranger');
    expect(await pulledForms('outsider')).toEqual([]);
    expect(await pulledForms('stranger')).toEqual([]);
    const forged = formDocBy(world, 'outsider', patientId, 'visitingNursingReport', { content: completeReport() });
    expect((await push(world, 'outsider', 'forms', [forged])).refused).toEqual([{ id: forged.id, reason: 'noAccess' }]);
  });

  it('turns a member’s forms into deletions when they leave the team', async () => {
    const master = await finalisedReport();
    const { checkpoint } = await pullAll(world, 'doctor', 'forms');
    await world.as('nurse').caller.patients.removeMember({ patientId, userId: world.ids.doctor });
    const after = await pullAll(world, 'doctor', 'forms', checkpoint);
    expect(after.documents).toEqual([expect.objectContaining({ id: master.id, _deleted: true, content: {}, authorId: '' })]);
  });
});
