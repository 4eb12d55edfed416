/**
 * Records at rest are ciphertext: a device that synced a patient's timeline through the encrypted
 * storage holds no name, address or post text in IndexedDB, yet reads and queries them as usual;
 * another user's key on the same device reads nothing of them.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
});
