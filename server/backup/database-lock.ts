/**
 * Whether another process has the database open — a server, the admin CLI, a sqlite3 shell — told
 * by SQLite's own locks, which the operating system drops when a process dies: unlike a pid file,
 * nothing is left behind by a crash (SIGKILL, power loss) to be mistaken for a running server.
 * Local file systems only, as for SQLite itself.
 */
import 'server-only';
import fs from 'node:fs';
import Sqlite from 'better-sqlite3';

export type DatabaseLock = { release(): void } | 'inUse';

const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test((error as { code?: string }).code ?? '');

/**
 * Takes the database for this process alone and holds it until released: in WAL mode every other
 * connection keeps a shared lock while open, even idle, so an exclusive lock is granted only when
 * there is none. A file that is not a database (a damaged one a restore is to replace) cannot be
 * in use by a server, and is not locked.
 */
export function lockDatabase(file: string): DatabaseLock {
  if (!fs.existsSync(file)) return { release: () => undefined };
  let sqlite: Sqlite.Database | null = null;
  try {
    sqlite = new Sqlite(file, { fileMustExist: true, timeout: 0 });
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    sqlite?.close();
    if (isBusy(error)) return 'inUse';
    return { release: () => undefined };
  }
  const held = sqlite;
  return {
    release: () => {
      held.exec('ROLLBACK');
      held.close();
    },
  };
}
