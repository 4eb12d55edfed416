/** The state of the database, for `GET /api/health` and monitoring. */
import 'server-only';
import type { Db } from '@/server/db/client';
import { findDatabaseMode } from '@/server/db/meta';

export interface Health {
  status: 'ok' | 'error';
  database: { reachable: boolean; mode: string | null; journalMode: string | null; migrations: number };
}

export function getHealth(db: Db): Health {
  try {
    const journalMode = db.$client.pragma('journal_mode', { simple: true }) as string;
    const migrations = db.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number };
    return { status: 'ok', database: { reachable: true, mode: findDatabaseMode(db), journalMode, migrations: migrations.n } };
  } catch {
    return { status: 'error', database: { reachable: false, mode: null, journalMode: null, migrations: 0 } };
  }
}
