/** The outbox sender: a file goes once its post is on the server, leaves only when answered, and waits after a refusal. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxSender, UploadFailure, type UploadTransport } from '@/lib/offline/outbox-sender';
import type { OutboxFile } from '@/lib/offline/outbox-records';
import type { AttachmentDoc } from '@/lib/schemas/attachment';
import { newPost } from '@/tests/integration/offline/offline-world';
import { openDeviceDb, type DeviceDb } from '@/tests/support/device-db';

const patientId = crypto.randomUUID();
const authorId = crypto.randomUUID();

function outboxFile(postId: string, overrides: Partial<OutboxFile> = {}): OutboxFile {
  return {
    id: crypto.randomUUID(),
    postId,
    patientId,
    kind: 'wound',
    fileName: 'wound.jpg',
    mime: 'image/jpeg',
    bytes: new Uint8Array([1, 2, 3]).buffer,
    thumb: null,
    width: 10,
    height: 10,
    size: 3,
    sha256: 'ab'.repeat(32),
    createdAt: 1,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
    errorCode: null,
    ...overrides,
  };
}

function recordOf(file: OutboxFile): AttachmentDoc {
  return {
    id: file.id,
    postId: file.postId,
    patientId: file.patientId,
    kind: file.kind,
    fileName: file.fileName,
    mime: file.mime,
    size: file.size,
    width: file.width,
    height: file.height,
    variants: ['thumb', 'display', 'original'],
    uploadedBy: authorId,
    clientCreatedAt: file.createdAt,
    serverCreatedAt: 5,
    updatedAt: 5,
  };
}

/** A transport that answers from a queue of outcomes and records what it was asked. */
function scriptedTransport(outcomes: Array<'ok' | UploadFailure>): UploadTransport & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async upload(file, onProgress) {
      calls.push(file.id);
      onProgress(1);
      const outcome = outcomes.shift() ?? 'ok';
      if (outcome !== 'ok') throw outcome;
      return recordOf(file);
    },
  };
}

let device: DeviceDb;
beforeEach(async () => {
  device = await openDeviceDb();
});
afterEach(async () => {
  await device.close();
});

async function postOnServer(): Promise<string> {
  const post = { ...newPost(patientId, authorId, 'wound'), updatedAt: 10 };
  await device.db.posts.insert(post);
  return post.id;
}

describe('outbox sender', () => {
  it('waits while the post is only on this device, then sends the file and keeps the server record', async () => {
    const post = newPost(patientId, authorId, 'not yet sent');
    await device.db.posts.insert(post);
    const file = outboxFile(post.id);
    await device.outbox.files.put(file);
    const transport = scriptedTransport([]);
    const sender = createOutboxSender(device.db, device.outbox, transport);

    await sender.flush();
    expect(transport.calls).toEqual([]);
    expect(await device.outbox.files.get(file.id)).toBeDefined();

    await device.db.posts.upsert({ ...post, updatedAt: 10, serverCreatedAt: 10 });
    await sender.flush();
    expect(transport.calls).toEqual([file.id]);
    expect(await device.outbox.files.get(file.id)).toBeUndefined();
    expect((await device.db.attachments.findOne(file.id).exec())?.fileName).toBe('wound.jpg');
  });

  it('keeps a file the network lost, with a backoff, and sends it on the next due flush', async () => {
    const postId = await postOnServer();
    const file = outboxFile(postId);
    await device.outbox.files.put(file);
    let now = 1_000;
    const transport = scriptedTransport([new UploadFailure('NETWORK')]);
    const sender = createOutboxSender(device.db, device.outbox, transport, () => now);

    await sender.flush();
    const waiting = await device.outbox.files.get(file.id);
    expect(waiting).toMatchObject({ state: 'waiting', attempts: 1, errorCode: 'NETWORK' });
    expect(waiting?.nextAttemptAt).toBeGreaterThan(now);

    await sender.flush();
    expect(transport.calls).toHaveLength(1); // not due yet
    now = waiting?.nextAttemptAt ?? now;
    await sender.flush();
    expect(transport.calls).toHaveLength(2);
    expect(await device.outbox.files.get(file.id)).toBeUndefined();
  });

  it('stops at a refusal until the user tries again, and loses nothing meanwhile', async () => {
    const postId = await postOnServer();
    const file = outboxFile(postId);
    await device.outbox.files.put(file);
    const transport = scriptedTransport([new UploadFailure('UNSUPPORTED_TYPE')]);
    const sender = createOutboxSender(device.db, device.outbox, transport);

    await sender.flush({ includeWaiting: true });
    expect(await device.outbox.files.get(file.id)).toMatchObject({ state: 'failed', errorCode: 'UNSUPPORTED_TYPE' });
    await sender.flush({ includeWaiting: true });
    expect(transport.calls).toHaveLength(1);

    await sender.retry(file.id);
    expect(transport.calls).toHaveLength(2);
    expect(await device.outbox.files.get(file.id)).toBeUndefined();
  });

  it('never sends a draft file (its post is not written yet)', async () => {
    const postId = await postOnServer();
    await device.outbox.files.put(outboxFile(postId, { state: 'draft' }));
    const transport = scriptedTransport([]);
    await createOutboxSender(device.db, device.outbox, transport).flush({ includeWaiting: true });
    expect(transport.calls).toEqual([]);
  });

  it('runs one upload at a time when flushed from several places at once', async () => {
    const postId = await postOnServer();
    const files = [outboxFile(postId, { createdAt: 1 }), outboxFile(postId, { createdAt: 2 })];
    await device.outbox.files.bulkPut(files);
    const transport = scriptedTransport([]);
    const sender = createOutboxSender(device.db, device.outbox, transport);
    await Promise.all([sender.flush(), sender.flush(), sender.flush()]);
    expect(transport.calls).toEqual(files.map((file) => file.id));
  });
});
