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

function withDatabase<T>(server: ServerName, query: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDirOf(server), 'renraku.sqlite'));
  try {
    db.pragma('busy_timeout = 5000');
    return query(db);
  } finally {
    db.close();
  }
}

/** The push endpoints the server holds for a user's devices. */
export function pushEndpointsOf(loginId: string, server: ServerName = 'main'): string[] {
  return withDatabase(server, (db) =>
    db
      .prepare<[string], { endpoint: string }>(
        'SELECT endpoint FROM push_subscriptions WHERE user_id = (SELECT id FROM users WHERE login_id = ?) ORDER BY endpoint',
      )
      .all(loginId.toLowerCase())
      .map((row) => row.endpoint),
  );
}

/** Forgets a user's push subscriptions, as a 410 from the push service or a revoke does. */
export function dropPushSubscriptions(loginId: string, server: ServerName = 'main'): void {
  withDatabase(server, (db) =>
    db.prepare('DELETE FROM push_subscriptions WHERE user_id = (SELECT id FROM users WHERE login_id = ?)').run(loginId.toLowerCase()),
  );
}
