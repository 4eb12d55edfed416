/**
 * Forms and vital signs written through the device's mutators, replicated by RxDB against the real
 * server: drafts stay with their author, finalised forms and readings reach the team's devices.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFormContent } from '@/lib/forms/templates';
import { reportTemplate, type ReportContent } from '@/lib/forms/templates/report';
import { isPendingSync, type Writer } from '@/lib/offline/mutators';
import { createForm, finaliseForm, saveFormDraft, writeObservation } from '@/lib/offline/record-mutators';
import { OutboxDatabase } from '@/lib/offline/outbox';
import type { Db } from '@/server/db/client';
import { forms } from '@/server/db/schema';
import { completeReport } from '@/tests/support/sync-docs';
import { openTestDatabase } from '@/tests/support/test-database';
import { closeDevice, createTeam, openDevice, settle, type Device, type DeviceCollection } from './offline-world';

let db: Db;
let close: () => void;
let devices: Device[] = [];
beforeEach(() => {
  ({ db, close } = openTestDatabase());
  devices = [];
});
afterEach(async () => {
  for (const device of devices) await closeDevice(device);
  close();
});

const only: DeviceCollection[] = ['patients', 'members', 'posts', 'forms', 'observations'];

function writerOf(device: Device): Writer {
  return {
    db: device.rxdb,
    outbox: new OutboxDatabase(`outbox-${device.userId}`, { indexedDB: new IDBFactory(), IDBKeyRange }),
    userId: device.userId,
  };
}

describe('forms and vitals across devices', () => {
  it('keeps a draft on its author’s devices, then brings the finalised report and its card to the doctor', async () => {
    const { world, patientId } = await createTeam(db, ['nurse', 'doctor']);
    const nurse = await openDevice(db, world.users.nurse!.id, 'nurse', only);
    const doctor = await openDevice(db, world.users.doctor!.id, 'doctor', only);
    devices.push(nurse, doctor);
    const writer = writerOf(nurse);
    const id = crypto.randomUUID();
    await createForm(writer, {
      id,
      patientId,
      template: 'visitingNursingReport',
      content: emptyFormContent('visitingNursingReport'),
      period: null,
    });
    const draft = (await nurse.rxdb.forms.findOne(id).exec())!;
    for (const course of ['浮腫', '浮腫は軽減', '浮腫は軽減し、ADLは維持。'])
      await saveFormDraft(writer, draft, { content: { ...draft.content, course }, period: null });
    await settle([nurse, doctor]);
    expect(await doctor.rxdb.forms.count().exec()).toBe(0);
    expect(db.select().from(forms).all()).toEqual([
      expect.objectContaining({ id, status: 'draft', content: expect.objectContaining({ course: '浮腫は軽減し、ADLは維持。' }) }),
    ]);

    const content = completeReport() as ReportContent;
    const postId = crypto.randomUUID();
    await finaliseForm(writer, (await nurse.rxdb.forms.findOne(id).exec())!, {
      content,
      period: reportTemplate.period(content),
      post: { id: postId, category: 'report', body: '訪問看護報告書（令和8年11月分）' },
    });
    await settle([nurse, doctor]);
    const onDoctor = await doctor.rxdb.forms.findOne(id).exec();
    expect(onDoctor?.toJSON()).toMatchObject({ status: 'final', version: 1, postId, finalizedBy: nurse.userId, periodEnd: '2026-11-30' });
    expect((await doctor.rxdb.posts.findOne(postId).exec())?.body).toBe('訪問看護報告書（令和8年11月分）');
    const onNurse = (await nurse.rxdb.forms.findOne(id).exec())!;
    expect(isPendingSync(onNurse)).toBe(false);
    expect(onNurse.finalizedAt).toBeGreaterThan(0);

    // A finalised version does not change on the device either; a correction is a new version.
    await saveFormDraft(writer, onNurse, { content: { ...content, course: '書き換え' }, period: null });
    expect((await nurse.rxdb.forms.findOne(id).exec())?.content.course).toBe(content.course);
    const correctionId = crypto.randomUUID();
    await createForm(writer, {
      id: correctionId,
      patientId,
      template: 'visitingNursingReport',
      content: { ...content, course: '訂正：浮腫は消失。' },
      period: reportTemplate.period(content),
      corrects: onNurse,
    });
    const correction = (await nurse.rxdb.forms.findOne(correctionId).exec())!;
    await finaliseForm(writer, correction, {
      content: correction.content,
      period: reportTemplate.period(content),
      post: { id: crypto.randomUUID(), category: 'report', body: '訪問看護報告書（令和8年11月分・第2版）' },
    });
    await settle([nurse, doctor]);
    const series = await doctor.rxdb.forms.find({ selector: { seriesId: id } }).exec();
    expect(series.map((doc) => [doc.version, doc.content.course]).sort()).toEqual([
      [1, '浮腫は軽減し、ADLは維持。'],
      [2, '訂正：浮腫は消失。'],
    ]);
    // The screens' queries on fields other than the indexes still answer on an encrypted device.
    expect(await doctor.rxdb.forms.find({ selector: { template: 'visitingNursingReport', status: 'final' } }).exec()).toHaveLength(2);
    expect(await nurse.rxdb.forms.find({ selector: { authorId: nurse.userId } }).exec()).toHaveLength(2);
  });

  it('brings a reading recorded offline, and the post it was posted with, to the team but not to others', async () => {
    const { world, patientId } = await createTeam(db, ['nurse', 'doctor', 'outsider']);
    const nurse = await openDevice(db, world.users.nurse!.id, 'nurse', only);
    const doctor = await openDevice(db, world.users.doctor!.id, 'doctor', only);
    devices.push(nurse, doctor);
    const postId = crypto.randomUUID();
    const id = crypto.randomUUID();
    await writeObservation(
      writerOf(nurse),
      {
        id,
        patientId,
        kind: 'vitals',
        measuredAt: Date.now() - 3_600_000,
        postId: null,
        attachmentId: null,
        woundScore: null,
        vitals: {
          temperature: 36.6,
          temperatureSite: 'axillary',
          systolic: 124,
          diastolic: 72,
          pulse: 74,
          respiratoryRate: null,
          spo2: 97,
          oxygen: 'roomAir',
          oxygenFlow: null,
          weight: null,
        },
      },
      { id: postId, category: 'vitals', body: 'BT 36.6℃ BP 124/72 P 74 SpO2 97%' },
    );
    await settle([nurse, doctor]);
    expect((await doctor.rxdb.observations.findOne(id).exec())?.toJSON()).toMatchObject({ postId, vitals: { systolic: 124 } });
    expect(await doctor.rxdb.posts.findOne(postId).exec()).toBeTruthy();
    // The outsider was on the team only in name: removed, their device receives nothing of hers.
    await closeDevice(doctor);
    devices = [nurse];
    const { removeTeamMember } = await import('@/server/services/care-teams/remove-team-member');
    const { serviceOptionsFor } = await import('./offline-world');
    removeTeamMember(serviceOptionsFor(db, nurse.userId), { patientId, userId: world.users.outsider!.id });
    const outsider = await openDevice(db, world.users.outsider!.id, 'outsider', only);
    devices.push(outsider);
    await settle([outsider]);
    expect(await outsider.rxdb.observations.count().exec()).toBe(0);
    expect(await outsider.rxdb.forms.count().exec()).toBe(0);
  });
});
