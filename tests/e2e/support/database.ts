/**
 * Reaches into the running demo server's database for what no screen can do quickly: the passing
 * of time. SQLite in WAL mode takes this second writer (as it takes the admin CLI's).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { dataDirOf, type ServerName } from './servers';

/** Moves the user's sessions' last proof of identity back by `ms`: the few minutes of grace have passed. */
export function ageReauthentication(loginId: string, ms: number, server: ServerName = 'main'): void {
  const db = new Database(path.join(dataDirOf(server), 'renraku.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(
      'UPDATE sessions SET reauthenticated_at = reauthenticated_at - ? WHERE user_id = (SELECT id FROM users WHERE login_id = ?)',
    ).run(ms, loginId.toLowerCase());
  } finally {
    db.close();
  }
}
