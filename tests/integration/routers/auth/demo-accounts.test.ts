/** The sign-in page's list of demo accounts exists only on a demo database. */
import { afterEach, describe, expect, it } from 'vitest';
import { setDatabaseMode } from '@/server/db/meta';
import { seedDemo } from '@/server/demo/seed-demo';
import { openTestDatabase, type TestDatabase } from '@/tests/support/test-database';
import { openRequest } from '@/tests/support/trpc-harness';

let test: TestDatabase;
afterEach(() => test.close());

describe('auth.demoAccounts', () => {
  it('lists the demo accounts with their public password and the administrators’ keys on a demo database', async () => {
    test = openTestDatabase();
    await seedDemo({ db: test.db });
    const accounts = await openRequest(test.db).caller.auth.demoAccounts();
    expect(accounts.map((account) => account.loginId)).toContain('demo-nurse');
    expect(accounts).toHaveLength(7);
    expect(accounts.filter((account) => account.totpKey).map((account) => account.loginId)).toEqual([
      'demo-facility-admin',
      'demo-region-admin',
    ]);
  });

  it('lists nothing on a production database, even one holding the same accounts', async () => {
    test = openTestDatabase();
    await seedDemo({ db: test.db });
    setDatabaseMode(test.db, 'production');
    expect(await openRequest(test.db).caller.auth.demoAccounts()).toEqual([]);
  });

  it('lists nothing on a database that has no mode yet', async () => {
    test = openTestDatabase();
    expect(await openRequest(test.db).caller.auth.demoAccounts()).toEqual([]);
  });
});
