import migrationJournal from '@/drizzle/meta/_journal.json';
import { describe, expect, it } from 'vitest';
import { seedDemo } from '@/server/demo/seed-demo';
import { getHealth } from '@/server/services/health/get-health';
import { openTestDatabase } from '@/tests/support/test-database';

describe('getHealth', () => {
  it('reports a migrated WAL database as ok', () => {
    const test = openTestDatabase();
    expect(getHealth(test.db)).toEqual({
      status: 'ok',
      database: { reachable: true, mode: null, journalMode: 'wal', migrations: migrationJournal.entries.length },
    });
    test.close();
  });

  it('reports the database mode', async () => {
    const test = openTestDatabase();
    await seedDemo({ db: test.db });
    expect(getHealth(test.db).database.mode).toBe('demo');
    test.close();
  });

  it('reports an error, not an exception, when the database is gone', () => {
    const test = openTestDatabase();
    test.close();
    expect(getHealth(test.db)).toEqual({ status: 'error', database: { reachable: false, mode: null, journalMode: null, migrations: 0 } });
  });
});
