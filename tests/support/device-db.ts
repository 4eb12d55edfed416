/** A device's own databases on a fresh fake IndexedDB, for tests of the browser's data layer. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { RenrakuDatabase } from '@/lib/offline/collections';
import { openRenrakuDatabase } from '@/lib/offline/database';
import { OutboxDatabase } from '@/lib/offline/outbox';

export interface DeviceDb {
  db: RenrakuDatabase;
  outbox: OutboxDatabase;
  close(): Promise<void>;
}

export async function openDeviceDb(userId = crypto.randomUUID()): Promise<DeviceDb> {
  const indexedDB = new IDBFactory();
  const storage = getRxStorageDexie({ indexedDB, IDBKeyRange }) as RxStorage<unknown, unknown>;
  const db = await openRenrakuDatabase(userId, storage, { multiInstance: false, only: ['posts', 'attachments'] });
  const outbox = new OutboxDatabase(`outbox-${userId}`, { indexedDB, IDBKeyRange });
  return {
    db,
    outbox,
    async close() {
      await db.close();
      outbox.close();
    },
  };
}
