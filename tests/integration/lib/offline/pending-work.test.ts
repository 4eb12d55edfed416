/**
 * What signing out would lose: a form draft typed offline and a reading not yet sent count as the
 * user's work like a post does, until the server has them; refused ones keep a readable text.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyFormContent } from '@/lib/forms/templates';
import { markRead, recordRefusals, type Writer } from '@/lib/offline/mutators';
import { createForm, saveFormDraft, writeObservation } from '@/lib/offline/record-mutators';
import { sealDexie } from '@/lib/offline/encryption/sealed-dexie';
import { OutboxDatabase } from '@/lib/offline/outbox';
import { countPendingWork, holdsWrittenWork } from '@/lib/offline/pending-work';
import type { Db } from '@/server/db/client';
import { removeTeamMember } from '@/server/services/care-teams/remove-team-member';
import { openTestDatabase } from '@/tests/support/test-database';
import {
  closeDevice,
  createTeam,
  newPost,
  openDevice,
  serviceOptionsFor,
  settle,
  testDeviceKey,
  type Device,
  type DeviceCollection,
} from '@/tests/integration/offline/offline-world';

let db: Db;
let close: () => void;
let devices: Device[] = [];
let outbox: OutboxDatabase;

beforeEach(async () => {
  ({ db, close } = openTestDatabase());
  devices = [];
  outbox = new OutboxDatabase(`outbox-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  sealDexie(outbox, await testDeviceKey());
});
afterEach(async () => {
  for (const device of devices) await closeDevice(device);
  outbox.close();
  close();
});

const collections: DeviceCollection[] = ['patients', 'members', 'posts', 'comments', 'receipts', 'forms', 'observations'];

/** The nurse's tablet on the doctor's patient's team, recording refusals as the app does. */
async function nurseTablet() {
  const { world, patientId } = await createTeam(db, ['doctor', 'nurse']);
  const nurse = await openDevice(db, world.users.nurse!.id, 'nurse', collections, {
    onRefused: (collection, refused) => void recordRefusals(outbox, collection, refused),
  });
  devices.push(nurse);
  const writer: Writer = { db: nurse.rxdb, outbox, userId: nurse.userId };
  return { world, patientId, nurse, writer };
}

/** A report draft with the course of illness typed, and a reading, both written on the device. */
async function writeDraftAndReading(writer: Writer, patientId: string) {
  const formId = crypto.randomUUID();
  await createForm(writer, {
    id: formId,
    patientId,
    template: 'visitingNursingReport',
    content: emptyFormContent('visitingNursingReport'),
    period: null,
  });
  const draft = (await writer.db.forms.findOne(formId).exec())!;
  await saveFormDraft(writer, draft, { content: { ...draft.content, course: '浮腫は軽減し、ADLは維持。' }, period: null });
  const readingId = crypto.randomUUID();
  await writeObservation(writer, {
    id: readingId,
    patientId,
    kind: 'vitals',
    measuredAt: Date.now() - 600_000,
    postId: null,
    attachmentId: null,
    woundScore: null,
    vitals: {
      temperature: 37.8,
      temperatureSite: 'axillary',
      systolic: 148,
      diastolic: 86,
      pulse: 92,
      respiratoryRate: null,
      spo2: 94,
      oxygen: 'roomAir',
      oxygenFlow: null,
      weight: null,
    },
  });
  return { formId, readingId };
}

describe('countPendingWork', () => {
  it('counts a form draft and a reading not yet on the server as written work, until they are sent', async () => {
    const { world, patientId, nurse, writer } = await nurseTablet();
    // The doctor's post: reading one's own post writes no read mark.
    const doctor = await openDevice(db, world.users.doctor!.id, 'doctor', ['patients', 'members', 'posts']);
    devices.push(doctor);
    const post = newPost(patientId, doctor.userId, '訪問は15時');
    await doctor.rxdb.posts.insert(post);
    await settle([doctor, nurse]);
    // Read marks alone are not the user's writing: signing out may go ahead.
    await markRead(writer, patientId, [post.id]);
    const onlyReceipts = await countPendingWork(writer);
    expect(onlyReceipts).toMatchObject({ receipts: 1, forms: 0, observations: 0 });
    expect(holdsWrittenWork(onlyReceipts)).toBe(false);
    await settle([nurse]);

    await writeDraftAndReading(writer, patientId);
    const waiting = await countPendingWork(writer);
    expect(waiting).toEqual({ posts: 0, comments: 0, receipts: 0, forms: 1, observations: 1, files: 0, refused: 0 });
    expect(holdsWrittenWork(waiting)).toBe(true);

    await settle([nurse]);
    const sent = await countPendingWork(writer);
    expect(sent).toEqual({ posts: 0, comments: 0, receipts: 0, forms: 0, observations: 0, files: 0, refused: 0 });
    expect(holdsWrittenWork(sent)).toBe(false);
  });

  it('keeps a refused draft and reading as work, with their answers and values readable in the refusal', async () => {
    const { world, patientId, nurse, writer } = await nurseTablet();
    await settle([nurse]);
    // Taken off the team before the draft and the reading it holds reached the server.
    removeTeamMember(serviceOptionsFor(db, world.users.doctor!.id), { patientId, userId: nurse.userId });
    const { formId, readingId } = await writeDraftAndReading(writer, patientId);
    for (let tries = 0; tries < 100 && (await outbox.refusals.count()) < 2; tries += 1) {
      await nurse.replication.syncNow();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const refusals = new Map((await outbox.refusals.toArray()).map((refusal) => [refusal.id, refusal]));
    expect(refusals.get(formId)).toMatchObject({ collection: 'forms', reason: 'noAccess' });
    expect(refusals.get(formId)?.written?.body).toMatch(/^訪問看護報告書\n(.*\n)*浮腫は軽減し、ADLは維持。/);
    expect(refusals.get(readingId)).toMatchObject({
      collection: 'observations',
      reason: 'noAccess',
      written: { patientId, body: 'BT 37.8℃ BP 148/86 P 92 SpO2 94%' },
    });
    const work = await countPendingWork(writer);
    expect(work).toMatchObject({ refused: 2 });
    expect(holdsWrittenWork(work)).toBe(true);
  });
});
