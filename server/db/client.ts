/**
 * The one SQLite handle: WAL, synchronous=FULL (a committed clinical record must survive power
 * loss), foreign keys on, a busy timeout; migrations from drizzle/ applied when it opens.
 * better-sqlite3 is synchronous: never `await` inside a transaction.
 */
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { env } from '@/server/env';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Sqlite.Database };
/** The database or a transaction on it: what helpers that may run inside a transaction take. */
export type DbExecutor = BaseSQLiteDatabase<'sync', Sqlite.RunResult, typeof schema>;

export const databaseFileName = 'renraku.sqlite';
const migrationsFolder = path.join(process.cwd(), 'drizzle');

export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Sqlite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  beginTransactionsImmediately(db);
  return db;
}

/**
 * Transactions take the write lock when they begin unless they ask for `deferred` (read-only
 * snapshots do). A deferred transaction that reads and then writes while another connection (the
 * admin command, a second server process) has written meanwhile fails at once with SQLITE_BUSY:
 * SQLite cannot wait there without risking a deadlock, so the busy timeout never applies.
 * `BEGIN IMMEDIATE` waits for the lock instead, up to the busy timeout.
 */
function beginTransactionsImmediately(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((run, config) => transaction(run, { behavior: 'immediate', ...config })) as Db['transaction'];
}

export function databasePath(dataDir: string): string {
  return path.join(dataDir, databaseFileName);
}

const globalForDb = globalThis as unknown as { renrakuDb?: Db };

/** The process-wide handle, opened (and migrated) on first use. */
export function getDb(): Db {
  if (!globalForDb.renrakuDb) {
    globalForDb.renrakuDb = openDatabase(databasePath(env.dataDir));
  }
  return globalForDb.renrakuDb;
}
