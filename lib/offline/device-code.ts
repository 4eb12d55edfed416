/**
 * The device database's code — RxDB, its encrypted storage, the replication, the outbox's Dexie
 * and its live queries — as one module that
 * the app loads apart from its first scripts (app/_lib/offline/device-code.ts): a screen painted
 * from its kept copy, the lock screen and the sign-in need none of it.
 */
export { openDeviceSession } from './device-session';
export { removeUserDatabases } from './database';
export { liveQuery } from 'dexie';
