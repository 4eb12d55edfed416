/** Whether a database was made for the demo; demo accounts live only in such a database. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db, DbExecutor } from './client';
import { meta } from './schema';

export type DatabaseMode = 'demo' | 'production';

export function findDatabaseMode(db: Db): DatabaseMode | null {
  const row = db.select().from(meta).where(eq(meta.key, 'mode')).get();
  return row?.value === 'demo' || row?.value === 'production' ? row.value : null;
}

export function setDatabaseMode(db: DbExecutor, mode: DatabaseMode): void {
  db.insert(meta)
    .values({ key: 'mode', value: mode })
    .onConflictDoUpdate({ target: meta.key, set: { value: mode } })
    .run();
}
