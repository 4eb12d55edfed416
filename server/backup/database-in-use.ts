/**
 * Whether another process has the database open — a server, the admin CLI, a sqlite3 shell — told
 * by SQLite's own locks, which the operating system drops when a process dies: unlike a pid file,
 * nothing left behind by a crash (SIGKILL, power loss) can be mistaken for a running server.
 * Local file systems only, as for SQLite itself.
 */
import 'server-only';
import fs from 'node:fs';
import Sqlite from 'better-sqlite3';

const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/.test((error as { code?: string }).code ?? '');

/**
 * Asks for the database exclusively and lets go at once: a connection to a database in WAL mode
 * (as the server's always is) holds a shared lock for as long as it is open, even idle, so the
 * exclusive lock is refused exactly while another connection is open. A file that is not a
 * database (a damaged one, which a restore may be about to replace) is not in use by a server.
 */
export function isDatabaseInUse(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  let sqlite: Sqlite.Database | null = null;
  try {
    sqlite = new Sqlite(file, { fileMustExist: true, timeout: 0 });
    sqlite.pragma('locking_mode = EXCLUSIVE');
    sqlite.exec('BEGIN EXCLUSIVE');
    sqlite.exec('ROLLBACK');
    return false;
  } catch (error) {
    return isBusy(error);
  } finally {
    sqlite?.close();
  }
}
