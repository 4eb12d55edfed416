/** A device's own databases on a fresh fake IndexedDB, for tests of the browser's data layer. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { openRenrakuDatabase } from '@/lib/offline/database';
import { encryptedRxStorage } from '@/lib/offline/encryption/encrypted-rx-storage';
import { sealDexie } from '@/lib/offline/encryption/sealed-dexie';
import { OutboxDatabase } from '@/lib/offline/outbox';
import { testDeviceKey } from '@/tests/integration/offline/offline-world';

export interface DeviceDb {
  db: RenrakuDatabase;
  outbox: OutboxDatabase;
  close(): Promise<void>;
}

/** Encrypted as the app's are, with a fresh data key; `indexedDB` lets a test read what is at rest. */
export async function openDeviceDb(
  userId = crypto.randomUUID(),
  indexedDB = new IDBFactory(),
): Promise<DeviceDb & { indexedDB: IDBFactory }> {
  const key = await testDeviceKey();
  const storage = encryptedRxStorage(getRxStorageDexie({ indexedDB, IDBKeyRange }) as RxStorage<unknown, unknown>, key);
  const db = await openRenrakuDatabase(userId, storage, { multiInstance: false, only: ['posts', 'attachments'] });
  const outbox = new OutboxDatabase(`outbox-${userId}`, { indexedDB, IDBKeyRange });
  sealDexie(outbox, key);
  return {
    db,
    outbox,
    indexedDB,
    async close() {
      await db.close();
      outbox.close();
    },
  };
}
