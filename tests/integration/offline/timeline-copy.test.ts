/** The timeline copies follow the patients on the device: a patient who leaves takes their copy along. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { openRenrakuDatabase } from '@/lib/offline/database';
import { encryptedRxStorage } from '@/lib/offline/encryption/encrypted-rx-storage';
import { forgetCopiesOfPatientsGone } from '@/lib/offline/screen-copies';
import { timelineCopies, type TimelineCopy } from '@/lib/offline/timeline-copy';
import { patientTombstone } from '@/server/sync/docs/patient-doc';
import { testDeviceKey } from './offline-world';

const open: RenrakuDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const patientIds = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()] as const;
const patient = (id: string) => ({ ...patientTombstone({ id }), name: '山田 花子', nameKana: 'ヤマダ ハナコ', updatedAt: 1 });
const copyOf = (id: string, savedAt: number): TimelineCopy => ({
  patient: patient(id),
  teamSize: 3,
  posts: [],
  hasEarlier: false,
  people: [],
  savedAt,
});

describe('timeline copies and the patients on the device', () => {
  it('drops the copy of a patient the sync removes, and at the check those of patients no longer here', async () => {
    const key = await testDeviceKey();
    const userId = crypto.randomUUID();
    const storage = encryptedRxStorage(getRxStorageDexie({ indexedDB: new IDBFactory(), IDBKeyRange }) as RxStorage<unknown, unknown>, key);
    const db = await openRenrakuDatabase(userId, storage, { multiInstance: false, only: ['patients'] });
    open.push(db);
    const [stays, leaves, neverHere] = patientIds;
    await db.patients.bulkInsert([patient(stays), patient(leaves)]);
    const copies = timelineCopies(userId, key, memoryStorage());
    for (const [index, id] of patientIds.entries()) await copies.save(copyOf(id, index));

    let check!: () => void;
    const stop = forgetCopiesOfPatientsGone(db, [copies], new Promise<void>((resolve) => (check = resolve)));
    // Before the check, only removals count: the copy of a patient never on this database stays.
    await (await db.patients.findOne(leaves).exec())!.remove();
    await expect.poll(() => copies.patientIds()).toEqual([neverHere, stays]);

    check();
    await expect.poll(() => copies.patientIds()).toEqual([stays]);
    expect((await copies.read(stays))?.patient.name).toBe('山田 花子');

    // Once stopped, a removal no longer reaches the copies (the session closed; its copies are sealed).
    stop();
    await (await db.patients.findOne(stays).exec())!.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(copies.patientIds()).toEqual([stays]);
  });
});
