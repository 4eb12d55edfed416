/** /api/health tells anyone whether the server answers, and nothing else about it. */
import { describe, expect, it } from 'vitest';
import { seedDemo } from '@/server/demo/seed-demo';
import { handleHealth } from '@/server/http/health-handler';
import { getHealth } from '@/server/services/health/get-health';
import { openTestDatabase } from '@/tests/support/test-database';

describe('getHealth', () => {
  it('says ok for a migrated database, and nothing of its mode or migrations, demo or not', async () => {
    const test = openTestDatabase();
    expect(getHealth(test.db)).toEqual({ status: 'ok' });
    await seedDemo({ db: test.db });
    expect(getHealth(test.db)).toEqual({ status: 'ok' });
    test.close();
  });

  it('reports an error, not an exception, when the database is gone', () => {
    const test = openTestDatabase();
    test.close();
    expect(getHealth(test.db)).toEqual({ status: 'error' });
  });
});

describe('GET /api/health', () => {
  it('answers 200 with the status alone, never cached', async () => {
    const response = handleHealth();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
