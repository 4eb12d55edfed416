/**
 * Whether the server can answer, for `GET /api/health` and monitoring. Anyone may ask, so the
 * answer says ok or not and nothing more: not whether it is a demo, nor how far it is migrated.
 */
import 'server-only';
import type { Db } from '@/server/db/client';

export interface Health {
  status: 'ok' | 'error';
}

export function getHealth(db: Db): Health {
  try {
    // A read through the migrated schema: the database is open, readable and set up.
    db.$client.prepare('SELECT count(*) FROM __drizzle_migrations').get();
    return { status: 'ok' };
  } catch {
    return { status: 'error' };
  }
}
