/**
 * A change made offline that the server can no longer take — the post was retracted meanwhile, the
 * record archived — is refused, not silently overwritten: the device shows the server's copy and
 * keeps what the user wrote, with why, until the user discards it.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discardRefused, editPost, recordRefusals, retractPost, writeComment } from '@/lib/offline/mutators';
import { sealDexie } from '@/lib/offline/encryption/sealed-dexie';
import { OutboxDatabase } from '@/lib/offline/outbox';
import type { Db } from '@/server/db/client';
import { postVersions } from '@/server/db/schema';
import { setPatientArchived } from '@/server/services/patients/set-patient-archived';
import { openTestDatabase } from '@/tests/support/test-database';
import { closeDevice, createTeam, newPost, openDevice, serviceOptionsFor, settle, testDeviceKey, type Device } from './offline-world';

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

/** The nurse's tablet, recording refusals as the app does, and a post of hers already on the server. */
async function nurseWithPost(loginIds: string[] = ['nurse']) {
  const { world, patientId } = await createTeam(db, loginIds);
  const nurse = await openDevice(db, world.users.nurse!.id, 'nurse', undefined, {
    onRefused: (collection, refused) => void recordRefusals(outbox, collection, refused),
  });
  devices.push(nurse);
  const post = newPost(patientId, nurse.userId, '訪問は15時');
  await nurse.rxdb.posts.insert(post);
  await settle([nurse]);
  const writer = { db: nurse.rxdb, outbox, userId: nurse.userId };
  return { world, patientId, nurse, post, writer };
}

async function waitForRefusals(count: number) {
  for (let tries = 0; tries < 100 && (await outbox.refusals.count()) < count; tries += 1) await new Promise((r) => setTimeout(r, 20));
  return outbox.refusals.toArray();
}

describe('changes the server can no longer take', () => {
  it('an edit of a post retracted meanwhile: the device shows the retraction and keeps the edited text', async () => {
    const { nurse, post, writer } = await nurseWithPost();
    // Another tablet of hers retracts the post while this one is offline and edits it.
    const onServer = (await nurse.rxdb.posts.findOne(post.id).exec())!.toJSON();
    await nurse.transport.push({
      protocolVersion: 1,
      collection: 'posts',
      rows: [
        {
          newDocumentState: { ...onServer, retractedAt: 1, retractedBy: nurse.userId, retractReason: '重複' },
          assumedMasterState: onServer,
        },
      ],
    });
    await editPost(writer, post.id, { body: '訪問は16時に変更', category: 'message' });
    await settle([nurse]);

    const [refusal] = await waitForRefusals(1);
    expect(refusal).toMatchObject({ collection: 'posts', id: post.id, reason: 'retracted', written: { body: '訪問は16時に変更' } });
    const shown = await nurse.rxdb.posts.findOne(post.id).exec();
    expect(shown?.retractReason).toBe('重複');
    expect(shown?.body).toBe('訪問は15時');
    expect(shown?.updatedAt).toBeGreaterThan(0);
    expect(db.select().from(postVersions).all()).toEqual([]);

    // Discarding it removes only the kept text: the post stays as the server has it.
    await discardRefused(writer, refusal!);
    expect(await outbox.refusals.count()).toBe(0);
    expect((await nurse.rxdb.posts.findOne(post.id).exec())?.retractReason).toBe('重複');
  });

  it('a retraction and a comment after the record was archived are refused with the text kept', async () => {
    const { world, patientId, nurse, post, writer } = await nurseWithPost(['nurse', 'doctor']);
    await writeComment(writer, { postId: post.id, patientId, body: '了解しました' });
    await settle([nurse]);
    setPatientArchived(serviceOptionsFor(db, world.users.nurse!.id), { patientId, archived: true });

    await retractPost(writer, post.id, '誤記');
    await writeComment(writer, { postId: post.id, patientId, body: 'アーカイブ後のコメント' });
    // Not `settle`: a refused comment stays unsent by design.
    await nurse.replication.syncNow();

    const refusals = await waitForRefusals(2);
    expect(
      refusals.map(({ collection, reason, written }) => ({
        collection,
        reason,
        body: written?.body,
        retractReason: written?.retractReason,
      })),
    ).toEqual(
      expect.arrayContaining([
        { collection: 'posts', reason: 'noAccess', body: '訪問は15時', retractReason: '誤記' },
        { collection: 'comments', reason: 'noAccess', body: 'アーカイブ後のコメント', retractReason: null },
      ]),
    );
    // The post shows as the server has it (not retracted); the new comment stays, not sent.
    expect((await nurse.rxdb.posts.findOne(post.id).exec())?.retractedAt).toBeNull();
    // (Found by its text among the post's comments: the text is sealed at rest, not queryable.)
    const comment = (await nurse.rxdb.comments.find({ selector: { postId: post.id } }).exec()).find(
      (each) => each.body === 'アーカイブ後のコメント',
    );
    expect(comment?.updatedAt).toBe(0);
  });
});
