/**
 * Records at rest are ciphertext: a device that synced a patient's timeline through the encrypted
 * storage holds no name, address or post text in IndexedDB, yet reads and queries them as usual;
 * another user's key on the same device reads nothing of them.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillWithDefaultSettings, getRxReplicationMetaInstanceSchema, type RxJsonSchema, type RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { collectionSchemas } from '@/lib/offline/collections';
import { encryptedRxStorage } from '@/lib/offline/encryption/encrypted-rx-storage';
import { createKeyRing } from '@/lib/offline/encryption/key-ring';
import type { Db } from '@/server/db/client';
import { dumpIndexedDb } from '@/tests/support/dump-indexeddb';
import { openTestDatabase } from '@/tests/support/test-database';
import { closeDevice, createTeam, newPost, openDevice, settle, type Device } from '@/tests/integration/offline/offline-world';

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

const newKey = async () => (await createKeyRing(crypto.getRandomValues(new Uint8Array(32)), null, Date.now(), 1_000)).key;

describe('the encrypted device storage', () => {
  it('stores no patient name or post text in clear, and reads and queries them as usual', async () => {
    const { world, patientId } = await createTeam(db, ['nurse', 'doctor']);
    const key = await newKey();
    const indexedDB = new IDBFactory();
    const nurse = await openDevice(db, world.users.nurse!.id, 'nurse', undefined, {
      indexedDB,
      wrap: (storage) => encryptedRxStorage(storage, key),
    });
    devices.push(nurse);
    const post = { ...newPost(patientId, nurse.userId, '仙骨部に2cmの発赤。除圧を継続。'), category: 'care' as const };
    await nurse.rxdb.posts.insert(post);
    await settle([nurse]);

    // Read back, and found by the fields queries use.
    expect((await nurse.rxdb.patients.findOne(patientId).exec())?.name).toBe('山田 花子');
    const found = await nurse.rxdb.posts.find({ selector: { patientId, category: 'care' }, sort: [{ clientCreatedAt: 'asc' }] }).exec();
    expect(found.map((doc) => doc.body)).toEqual([post.body]);
    expect(found[0]?.updatedAt).toBeGreaterThan(0);

    const atRest = await dumpIndexedDb(indexedDB);
    expect(atRest).toContain(patientId); // ids and times stay readable: indexes and sync need them
    for (const secret of ['山田', 'ヤマダ', '1938-04-12', '仙骨部', post.body]) expect(atRest).not.toContain(secret);
  });

  it('gives another key nothing of what the first one sealed', async () => {
    const { world, patientId } = await createTeam(db, ['nurse']);
    const indexedDB = new IDBFactory();
    const key = await newKey();
    const otherKey = await newKey();
    const first = await openDevice(db, world.users.nurse!.id, 'nurse', ['posts'], {
      indexedDB,
      wrap: (storage) => encryptedRxStorage(storage, key),
    });
    await first.rxdb.posts.insert(newPost(patientId, first.userId, '内服薬の変更あり'));
    await closeDevice(first);

    const other = await openDevice(db, world.users.nurse!.id, 'nurse', ['posts'], {
      indexedDB,
      wrap: (storage) => encryptedRxStorage(storage, otherKey),
    });
    devices.push(other);
    await expect(other.rxdb.posts.find().exec()).rejects.toThrow();
  });

  it('puts each pulled document through the cipher once, its server state included, until the database closes', async () => {
    const { world, patientId } = await createTeam(db, ['nurse', 'doctor']);
    const doctor = await openDevice(db, world.users.doctor!.id, 'doctor', ['posts']);
    devices.push(doctor);
    for (let index = 0; index < 40; index += 1) await doctor.rxdb.posts.insert(newPost(patientId, doctor.userId, `訪問記録 ${index}`));
    await settle([doctor]);

    const key = await newKey();
    const encrypt = vi.spyOn(crypto.subtle, 'encrypt');
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    try {
      const indexedDB = new IDBFactory();
      const wrap = (storage: Parameters<typeof encryptedRxStorage>[0]) => encryptedRxStorage(storage, key);
      const nurse = await openDevice(db, world.users.nurse!.id, 'nurse', ['posts', 'patients'], { indexedDB, wrap });
      await settle([nurse]);
      const posts = await nurse.rxdb.posts.find().exec();
      expect(posts).toHaveLength(40);
      expect(posts.map((post) => post.body)).toContain('訪問記録 39');
      // 40 posts and the patient: each sealed once (the server's state beside it reuses that), none opened again.
      expect(encrypt.mock.calls.length).toBe(41);
      expect(decrypt.mock.calls.length).toBe(0);
      // The server's states are sealed too, and still tell the replication what the server holds.
      const atRest = await dumpIndexedDb(indexedDB);
      expect(atRest).not.toContain('訪問記録');
      await closeDevice(nurse);

      // Closed, the memory is gone: opening the database again reads through the cipher.
      const again = await openDevice(db, world.users.nurse!.id, 'nurse', ['posts', 'patients'], { indexedDB, wrap });
      devices.push(again);
      await settle([again]);
      expect((await again.rxdb.posts.find().exec()).map((post) => post.body).sort()).toEqual(posts.map((post) => post.body).sort());
      expect(decrypt.mock.calls.length).toBeGreaterThanOrEqual(40);
      // Nothing was pulled again: the replication found the server's states it had stored.
      expect(encrypt.mock.calls.length).toBe(41);
    } finally {
      encrypt.mockRestore();
      decrypt.mockRestore();
    }
  });

  it('reads the server states a device stored before they were sealed on their own', async () => {
    const key = await newKey();
    const indexedDB = new IDBFactory();
    const postsSchema = fillWithDefaultSettings(collectionSchemas.posts.schema as never) as RxJsonSchema<Record<string, unknown>>;
    const metaSchema = getRxReplicationMetaInstanceSchema(postsSchema as never, false);
    const post = { ...newPost(crypto.randomUUID(), crypto.randomUUID(), '褥瘡の処置を変更'), updatedAt: 12, _deleted: false };
    const instance = (storage: RxStorage<unknown, unknown>, collectionName: string, schema: unknown) =>
      storage.createStorageInstance({
        databaseInstanceToken: 'token',
        databaseName: 'device',
        collectionName,
        schema: schema as never,
        options: {},
        multiInstance: false,
        devMode: false,
      });
    const metaDoc = {
      id: `${post.id}|0`,
      isCheckpoint: '0',
      itemId: post.id,
      docData: post,
      _deleted: false,
      _rev: '1-a',
      _attachments: {},
      _meta: { lwt: 1 },
    };

    // Before: the meta instance knew no collection to seal its server state as, so it sealed all of it with its own.
    const before = encryptedRxStorage(getRxStorageDexie({ indexedDB, IDBKeyRange }) as RxStorage<unknown, unknown>, key);
    const oldMeta = await instance(before, 'rx-replication-meta-posts', metaSchema);
    await oldMeta.bulkWrite([{ document: metaDoc as never }], 'test');
    await oldMeta.close();
    expect(await dumpIndexedDb(indexedDB)).not.toContain('褥瘡');

    // Now: the posts collection opens first, and its server states are sealed as posts are — old ones still read.
    const after = encryptedRxStorage(getRxStorageDexie({ indexedDB, IDBKeyRange }) as RxStorage<unknown, unknown>, key);
    const posts = await instance(after, 'posts', postsSchema);
    const meta = await instance(after, 'rx-replication-meta-posts', metaSchema);
    const [read] = (await meta.findDocumentsById([metaDoc.id], false)) as unknown as Array<typeof metaDoc>;
    expect(read?.docData).toEqual(post);

    // Written again, the server state keeps only the post's readable fields in clear.
    const other = { ...post, id: crypto.randomUUID(), body: '体位変換を2時間毎に' };
    await meta.bulkWrite([{ document: { ...metaDoc, id: `${other.id}|0`, itemId: other.id, docData: other } as never }], 'test');
    const [written] = (await meta.findDocumentsById([`${other.id}|0`], false)) as unknown as Array<typeof metaDoc>;
    expect(written?.docData).toEqual(other);
    const atRest = await dumpIndexedDb(indexedDB);
    expect(atRest).toContain(other.id);
    for (const secret of ['褥瘡', '体位変換']) expect(atRest).not.toContain(secret);
    await meta.close();
    await posts.close();
  });
});
