/** The server's one monotonic change counter; every synced write takes the next value. */
import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbExecutor } from './client';

export function nextSeq(db: DbExecutor): number {
  const row = db.get<{ value: number }>(
    sql`INSERT INTO sync_sequence (id, value) VALUES (1, 1) ON CONFLICT(id) DO UPDATE SET value = value + 1 RETURNING value`,
  );
  return row.value;
}

export function currentSeq(db: DbExecutor): number {
  return db.get<{ value: number } | undefined>(sql`SELECT value FROM sync_sequence WHERE id = 1`)?.value ?? 0;
}
