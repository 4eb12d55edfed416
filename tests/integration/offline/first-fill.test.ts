/**
 * A first sync written straight into an empty collection (lib/offline/first-fill.ts): it stores
 * what the server sends as the pull would, and at the first surprise — an edit or a deletion on
 * the device of a document it pulls again, a write refused, a failed pull, a stop — it stops
 * before that batch, overwriting nothing, so that RxDB's pull takes over from there.
 */
import {
  createRevision,
  getChangedDocumentsSince,
  getComposedPrimaryKeyOfDocumentData,
  now,
  type RxCollection,
  type RxStorageInstance,
} from 'rxdb';
import type { Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import { fillEmptyCollection } from '@/lib/offline/first-fill';
import { firstFillContext } from '@/lib/offline/fresh-inserts';
import { isAsPulled } from '@/lib/offline/pull-meta';
import type { PulledBatch } from '@/lib/offline/read-ahead-pull';
import type { SyncCheckpoint } from '@/lib/sync/checkpoint';
import { createTeam, freshWorldPerTest, newPost, openDevice, writePostsThrough, type Device } from './offline-world';

const world = freshWorldPerTest();

type ServerDoc = ReturnType<typeof newPost> & { _deleted: boolean };

/** A device with nothing on it and its replication not started, and five posts as a server sends them. */
async function emptyDevice(): Promise<{ device: Device; docs: ServerDoc[] }> {
  const { world: team, patientId } = await createTeam(world.db, ['nurse']);
  const device = await openDevice(world.db, team.users.nurse!.id, 'nurse', undefined, { deferStart: true });
  world.devices.push(device);
  const docs = ['一', '二', '三', '四', '五'].map((body, index) => ({
    ...newPost(patientId, device.userId, body),
    serverCreatedAt: 1_000 + index,
    updatedAt: 1_000 + index,
    _deleted: false,
  }));
  return { device, docs };
}

/** A pull that answers from `batches` in turn, each batch's checkpoint its number; `before` runs before answering batch n. */
function scriptedPull(batches: ServerDoc[][], before: (n: number) => Promise<void> = async () => undefined) {
  const asked: Array<SyncCheckpoint | null> = [];
  const pull = async (checkpoint: SyncCheckpoint | null): Promise<PulledBatch<Record<string, unknown>>> => {
    asked.push(checkpoint);
    const n = checkpoint ? checkpoint.seq : 0;
    await before(n);
    const documents = batches[n] ?? [];
    return { documents, checkpoint: documents.length > 0 ? { seq: n + 1, id: String(documents.at(-1)!.id) } : checkpoint };
  };
  return { pull, asked };
}

/** The post once the fill has stored it (the next batch is asked for while the one before is written). */
async function storedPost(device: Device, id: string) {
  for (;;) {
    const post = await device.rxdb.posts.findOne(id).exec();
    if (post) return post;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const posts = (device: Device) => device.rxdb.posts as unknown as RxCollection;
const fill = (device: Device, pull: ReturnType<typeof scriptedPull>['pull'], stopped = () => false) =>
  fillEmptyCollection(posts(device), pull, {
    batchSize: 2,
    stopped,
    replicationMeta: device.replication.states.posts.metaInfoPromise as never,
  });
const stored = async (device: Device, id: string) => (await device.rxdb.posts.storageInstance.findDocumentsById([id], true))[0];
const bodies = async (device: Device) => (await device.rxdb.posts.find().exec()).map((post) => post.body).sort();

/** Runs a fill that must leave the collection to RxDB's pull: nothing returned. */
async function expectLeftToRxdb(device: Device, pull: ReturnType<typeof scriptedPull>['pull']): Promise<void> {
  const result = await fillEmptyCollection(posts(device), pull, {
    batchSize: 2,
    stopped: () => false,
    replicationMeta: device.replication.states.posts.metaInfoPromise as never,
  });
  expect(result).toBeNull();
}

describe('a first sync written straight into an empty collection', () => {
  it('stores every batch as the pull would and returns the checkpoint of the last', async () => {
    const { device, docs } = await emptyDevice();
    const { pull, asked } = scriptedPull([docs.slice(0, 2), docs.slice(2, 4), docs.slice(4)]);

    expect(await fill(device, pull)).toEqual({ seq: 3, id: docs[4]!.id });
    // A short batch is the last: no fourth request.
    expect(asked.map((checkpoint) => checkpoint?.seq ?? null)).toEqual([null, 1, 2]);
    expect(await bodies(device)).toEqual(['一', '三', '二', '五', '四']);
    for (const doc of docs) expect(isAsPulled((await stored(device, doc.id)) as never)).toBe(true);
  });

  it('stores its documents in no write-time index, reads them back with their write time, and indexes one once it is edited', async () => {
    const { device, docs } = await emptyDevice();
    const { pull } = scriptedPull([docs.slice(0, 2), docs.slice(2, 4), docs.slice(4)]);
    await fill(device, pull);
    const { dexieTable } = await (posts(device).storageInstance as unknown as { internals: Promise<{ dexieTable: Table }> }).internals;
    const raw = (await dexieTable.get(docs[0]!.id)) as { _meta: Record<string, unknown> };
    expect(raw._meta.lwt).toBeUndefined();
    expect(typeof raw._meta.filled).toBe('number');
    // RxDB reads it with its write time where it keeps it, and nothing else of it changed.
    const read = await stored(device, docs[0]!.id);
    expect(read?._meta).toEqual({ lwt: raw._meta.filled, pulled: raw._meta.pulled });
    // What changed since the start, as RxDB's push walks it: none of what the server sent.
    const storage = posts(device).storageInstance;
    expect((await getChangedDocumentsSince(storage, 10)).documents).toEqual([]);
    // Edited on the device, it is indexed again, and the push finds it.
    await (await storedPost(device, docs[0]!.id)).incrementalPatch({ body: '端末で直した' });
    expect((await getChangedDocumentsSince(storage, 10)).documents.map((doc) => doc.id)).toEqual([docs[0]!.id]);
    expect(((await dexieTable.get(docs[0]!.id)) as { _meta: Record<string, unknown> })._meta.lwt).toEqual(expect.any(Number));
  });

  it('does not fill again a collection that holds only filled documents, though no checkpoint was stored', async () => {
    const { device, docs } = await emptyDevice();
    // A batch written as the fill writes it, and the app closed before any checkpoint was stored.
    const storage = (posts(device).storageInstance as unknown as { originalStorageInstance: RxStorageInstance<unknown, unknown, unknown> })
      .originalStorageInstance;
    const rows = docs.slice(0, 2).map((doc) => ({
      document: { ...doc, _attachments: {}, _rev: createRevision(device.rxdb.token), _meta: { lwt: now() } },
    }));
    expect((await storage.bulkWrite(rows as never, firstFillContext)).error).toEqual([]);
    const { pull, asked } = scriptedPull([docs.slice(0, 2)]);

    await expectLeftToRxdb(device, pull);
    expect(asked).toEqual([]);
  });

  it('leaves a collection that holds a document, even one deleted, to RxDB’s pull', async () => {
    const { device, docs } = await emptyDevice();
    const mine = await device.rxdb.posts.insert(newPost(docs[0]!.patientId, device.userId, 'まだ送っていない記録'));
    await mine.remove();
    const { pull, asked } = scriptedPull([docs.slice(0, 2)]);

    await expectLeftToRxdb(device, pull);
    expect(asked).toEqual([]);
    expect(await bodies(device)).toEqual([]);
  });

  it('leaves an empty collection whose replication has a checkpoint to RxDB’s pull, and writes nothing of the batch asked meanwhile', async () => {
    const { device, docs } = await emptyDevice();
    // The server had nothing for this collection at an earlier start: RxDB stored where it got to.
    const { collectionName, schema } = await device.replication.states.posts.metaInfoPromise;
    const meta = await device.rxdb.storage.createStorageInstance({
      databaseName: device.rxdb.name,
      collectionName,
      databaseInstanceToken: device.rxdb.token,
      multiInstance: false,
      options: {},
      schema: schema as never,
      devMode: false,
    });
    const id = getComposedPrimaryKeyOfDocumentData(schema as never, { itemId: 'down', isCheckpoint: '1' });
    const checkpoint = { id, isCheckpoint: '1', itemId: 'down', checkpointData: { seq: 0, id: '' } };
    const document = { ...checkpoint, _deleted: false, _attachments: {}, _meta: { lwt: now() }, _rev: createRevision(device.rxdb.token) };
    expect((await meta.bulkWrite([{ document: document as never }], 'test')).error).toEqual([]);
    await meta.close();
    const { pull, asked } = scriptedPull([docs.slice(0, 2)]);

    await expectLeftToRxdb(device, pull);
    // Asked for while the checkpoint was read, and not written.
    expect(asked).toEqual([null]);
    expect(await bodies(device)).toEqual([]);
  });

  it('stops before a batch that brings again a document edited on the device, and keeps the edit', async () => {
    const { device, docs } = await emptyDevice();
    const changedOnServer = { ...docs[0]!, body: 'サーバーで直した', updatedAt: 2_000 };
    const { pull } = scriptedPull([docs.slice(0, 2), [docs[2]!, changedOnServer]], async (n) => {
      if (n === 1) await (await storedPost(device, docs[0]!.id)).incrementalPatch({ body: '端末で直した' });
    });

    expect(await fill(device, pull)).toEqual({ seq: 1, id: docs[1]!.id });
    expect(await bodies(device)).toEqual(['二', '端末で直した']);
    expect(isAsPulled((await stored(device, docs[0]!.id)) as never)).toBe(false);
  });

  it('does not bring back a document deleted on the device', async () => {
    const { device, docs } = await emptyDevice();
    const { pull } = scriptedPull([docs.slice(0, 2), [{ ...docs[0]!, updatedAt: 2_000 }]], async (n) => {
      if (n === 1) await (await storedPost(device, docs[0]!.id)).remove();
    });

    expect(await fill(device, pull)).toEqual({ seq: 1, id: docs[1]!.id });
    expect(await bodies(device)).toEqual(['二']);
    expect((await stored(device, docs[0]!.id))?._deleted).toBe(true);
  });

  it('stops at a write the storage refuses, and overwrites nothing', async () => {
    const { device, docs } = await emptyDevice();
    // The same document written on the device meanwhile (another tab's pull, say), as the user changed it.
    const { pull } = scriptedPull([docs.slice(0, 2), docs.slice(2, 4)], async (n) => {
      if (n === 1) await device.rxdb.posts.insert({ ...docs[2]!, body: '別のタブで直した' });
    });

    expect(await fill(device, pull)).toEqual({ seq: 1, id: docs[1]!.id });
    expect((await device.rxdb.posts.findOne(docs[2]!.id).exec())?.body).toBe('別のタブで直した');
    // The batch refused as one insert went through the storage's own write: the rest of it is stored, as pulled.
    expect(isAsPulled((await stored(device, docs[3]!.id)) as never)).toBe(true);
  });

  it('tells an open screen of every post it stores, and not of one deleted on the server', async () => {
    const { device, docs } = await emptyDevice();
    const deletedOnServer = { ...docs[3]!, _deleted: true };
    const { pull } = scriptedPull([docs.slice(0, 2), [docs[2]!, deletedOnServer]]);
    const seen: string[][] = [];
    const screen = device.rxdb.posts.find().$.subscribe((found) => seen.push(found.map((post) => post.body).sort()));

    expect(await fill(device, pull)).toEqual({ seq: 2, id: docs[3]!.id });
    await expect.poll(() => seen.at(-1)).toEqual(['一', '三', '二']);
    screen.unsubscribe();
    expect((await stored(device, docs[3]!.id))?._deleted).toBe(true);
  });

  it('hands each batch to the storage while the one before is being written, two at most', async () => {
    const { device, docs } = await emptyDevice();
    let underWay = 0;
    const most: number[] = [];
    writePostsThrough(device, async (write, rows, context) => {
      underWay += 1;
      most.push(underWay);
      try {
        // IndexedDB taking its time over each batch.
        await new Promise((resolve) => setTimeout(resolve, 30));
        return await write(rows, context);
      } finally {
        underWay -= 1;
      }
    });
    const { pull } = scriptedPull([docs.slice(0, 2), docs.slice(2, 4), docs.slice(4)]);

    expect(await fill(device, pull)).toEqual({ seq: 3, id: docs[4]!.id });
    expect(Math.max(...most)).toBe(2);
    expect(await bodies(device)).toEqual(['一', '三', '二', '五', '四']);
  });

  it('stops at a batch that did not go in, though the one after went in meanwhile, and returns the checkpoint before it', async () => {
    const { device, docs } = await emptyDevice();
    const more = ['六', '七'].map((body, index) => ({
      ...newPost(docs[0]!.patientId, device.userId, body),
      serverCreatedAt: 2_000 + index,
      updatedAt: 2_000 + index,
      _deleted: false,
    }));
    // The second batch is refused whole; the third is asked for and handed over while it is written.
    writePostsThrough(device, async (write, rows, context) => {
      if (rows.some((row) => row.document.id === docs[2]!.id)) {
        await new Promise((resolve) => setTimeout(resolve, 30));
        return { error: [{ status: 500 }] };
      }
      return write(rows, context);
    });
    const { pull, asked } = scriptedPull([docs.slice(0, 2), docs.slice(2, 4), [docs[4]!, ...more]]);

    expect(await fill(device, pull)).toEqual({ seq: 1, id: docs[1]!.id });
    expect(asked.map((checkpoint) => checkpoint?.seq ?? null)).toEqual([null, 1, 2]);
    expect(await bodies(device)).toEqual(['一', '二', '五', '六', '七'].sort());
    // Stored as pulled: RxDB's pull, bringing it again from the checkpoint returned, finds it so.
    expect(isAsPulled((await stored(device, docs[4]!.id)) as never)).toBe(true);
  });

  it('stops when the replication stops, at the last batch stored whole', async () => {
    const { device, docs } = await emptyDevice();
    let stop = false;
    const { pull } = scriptedPull([docs.slice(0, 2), docs.slice(2, 4)], async (n) => {
      if (n === 1) stop = true;
    });
    expect(await fill(device, pull, () => stop)).toEqual({ seq: 1, id: docs[1]!.id });
    expect(await device.rxdb.posts.count().exec()).toBe(2);
  });

  it('stops when a pull fails, at the last batch stored whole', async () => {
    const { device, docs } = await emptyDevice();
    const { pull } = scriptedPull([docs.slice(0, 2), docs.slice(2, 4)], async (n) => {
      if (n === 1) throw new Error('the connection dropped');
    });
    expect(await fill(device, pull)).toEqual({ seq: 1, id: docs[1]!.id });
    expect(await device.rxdb.posts.count().exec()).toBe(2);
  });
});
