/**
 * The outbox at rest: a photo's bytes, its device thumbnail, its name, the composer's draft and kept
 * thumbnails are ciphertext in IndexedDB, yet the app's own operations work on them as before —
 * posting with files (which queues them inside a transaction), updates, the sender's queries, the
 * thumbnails' pruning — and a read that would see sealed values through a cursor fails loudly.
 */
import type { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePost } from '@/lib/offline/mutators';
import { countUnsentFiles, keepThumbnail, keptThumbnailLimit, unsentFiles, type OutboxFile } from '@/lib/offline/outbox-records';
import { dumpIndexedDb } from '@/tests/support/dump-indexeddb';
import { openDeviceDb, type DeviceDb } from '@/tests/support/device-db';

let device: DeviceDb & { indexedDB: IDBFactory };
const userId = 'nurse-1';
beforeEach(async () => {
  device = await openDeviceDb(userId);
});
afterEach(() => device.close());

const photoBytes = new TextEncoder().encode('JPEG bytes of the sacral wound').buffer;

function draftFile(postId: string, id = crypto.randomUUID()): OutboxFile {
  return {
    id,
    postId,
    patientId: 'patient-1',
    kind: 'wound',
    fileName: '仙骨部_創傷.jpg',
    mime: 'image/jpeg',
    bytes: photoBytes.slice(0),
    thumb: photoBytes.slice(0, 8),
    width: 4032,
    height: 3024,
    size: photoBytes.byteLength,
    sha256: 'a'.repeat(64),
    createdAt: 1,
    state: 'draft',
    attempts: 0,
    nextAttemptAt: 0,
    errorCode: null,
  };
}

/** The raw stored rows of one outbox store, as a copied profile would show them. */
async function rawRows(store: string): Promise<Record<string, unknown>[]> {
  const name = (await device.indexedDB.databases()).find((info) => info.name?.startsWith('outbox-'))?.name ?? '';
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = device.indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return rows;
}

const containsBytes = (haystack: ArrayBuffer, needle: ArrayBuffer) => Buffer.from(haystack).includes(Buffer.from(needle.slice(0, 16)));

describe('the sealed outbox', () => {
  it('keeps files and drafts as ciphertext, and the app’s operations work on them', async () => {
    const writer = { db: device.db, outbox: device.outbox, userId };
    const postId = crypto.randomUUID();
    await device.outbox.files.put(draftFile(postId));
    await device.outbox.drafts.put({
      patientId: 'patient-1',
      postId,
      category: 'care',
      body: '仙骨部に2cmの発赤',
      isPrivate: false,
      recipients: [],
      updatedAt: 1,
    });
    await writePost(writer, { id: postId, patientId: 'patient-1', category: 'care', body: '仙骨部に2cmの発赤', recipientIds: [] });

    // Queued by the post inside one transaction, read back opened, found by the sender's query.
    const waiting = await device.outbox.files.where('state').equals('waiting').sortBy('createdAt');
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ fileName: '仙骨部_創傷.jpg', width: 4032 });
    expect(new Uint8Array(waiting[0]!.bytes)).toEqual(new Uint8Array(photoBytes));
    await device.outbox.files.update(waiting[0]!.id, { attempts: 2, errorCode: 'NETWORK' });
    expect(await device.outbox.files.get(waiting[0]!.id)).toMatchObject({ attempts: 2, errorCode: 'NETWORK', fileName: '仙骨部_創傷.jpg' });
    expect((await device.outbox.drafts.get('patient-1'))?.body).toBe('仙骨部に2cmの発赤');
    // What the sync screen and the counts read (never `anyOf`, which Dexie runs as a cursor).
    expect(await countUnsentFiles(device.outbox)).toBe(1);
    expect((await unsentFiles(device.outbox)).map((file) => file.fileName)).toEqual(['仙骨部_創傷.jpg']);

    // At rest: no name, no text, no bytes in clear; only keys and indexed fields readable. (Each
    // looked for as it would read in clear: a bare "4032" or "2cm" also turns up by chance in a
    // time stamp or in base64.)
    const dump = await dumpIndexedDb(device.indexedDB);
    for (const secret of ['仙骨部', '創傷', '2cmの発赤', '"width":4032']) expect(dump).not.toContain(secret);
    const [row] = await rawRows('files');
    expect(row).toMatchObject({ id: waiting[0]!.id, postId, patientId: 'patient-1', state: 'waiting' });
    expect(row?.bytes).toBeInstanceOf(ArrayBuffer);
    expect(containsBytes(row?.bytes as ArrayBuffer, photoBytes)).toBe(false);
    expect(containsBytes(row?.thumb as ArrayBuffer, photoBytes.slice(0, 8))).toBe(false);
  });

  it('keeps thumbnails sealed and lets the oldest go beyond the limit', async () => {
    const bytes = new TextEncoder().encode('thumbnail of a wound photo').buffer;
    for (let index = 0; index < keptThumbnailLimit + 3; index += 1)
      await keepThumbnail(device.outbox, { id: `a-${index}`, bytes: bytes.slice(0), mime: 'image/webp', storedAt: index });
    expect(await device.outbox.thumbs.count()).toBe(keptThumbnailLimit);
    expect(await device.outbox.thumbs.get('a-0')).toBeUndefined();
    expect(new TextDecoder().decode((await device.outbox.thumbs.get('a-5'))!.bytes)).toBe('thumbnail of a wound photo');
    const rows = await rawRows('thumbs');
    expect(rows.some((stored) => containsBytes(stored.bytes as ArrayBuffer, bytes))).toBe(false);
  });

  it('refuses a read that would hand out sealed values through a cursor', async () => {
    await device.outbox.files.put(draftFile('post-1'));
    await expect(device.outbox.files.filter((file) => file.fileName.endsWith('.jpg')).toArray()).rejects.toThrow(/cursor/);
  });
});
