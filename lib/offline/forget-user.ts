/**
 * The part of removing a user's databases that needs no RxDB: every IndexedDB database named for
 * them (RxDB's through Dexie, every generation, and the outbox), and what this device notes about
 * them beside (generations, waiting work, the key ring, the screens' copies). database.ts's
 * removeUserDatabases first has RxDB remove its databases, then this; the app falls back to this
 * alone if RxDB's code cannot be loaded (app/_lib/offline/device-code.ts).
 */
import 'client-only';
import { deleteIndexedDbNamed } from './browser-storage';
import { forgetGenerations, nameSafe } from './device-generation';
import { forgetKeyRing } from './encryption/key-store';
import { outboxNamePrefix } from './outbox-records';
import { forgetScreenCopies } from './screen-copies';
import { forgetWaitingWork } from './waiting-work';

/** The start of every name of a user's RxDB databases (each generation adds `-g<n>`). */
export function databaseNamePrefix(userId: string): string {
  return `renraku-${nameSafe(userId)}`;
}

export async function forgetUserDatabases(userId: string): Promise<void> {
  // RxDB empties Dexie's per-collection databases; the empty shells and the outbox go too.
  await deleteIndexedDbNamed([`rxdb-dexie-${databaseNamePrefix(userId)}`, `${outboxNamePrefix}${nameSafe(userId)}`]);
  forgetGenerations(userId);
  forgetWaitingWork(userId);
  forgetKeyRing(userId);
  forgetScreenCopies(userId);
}
