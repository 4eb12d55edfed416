import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDatabaseMode } from '@/server/db/meta';
import { users } from '@/server/db/schema';
import { demoAccounts, demoPassword, seedDemo } from '@/server/demo/seed-demo';
import { openTestDatabase, type TestDatabase } from '@/tests/support/test-database';
import { openRequest } from '@/tests/support/trpc-harness';

let test: TestDatabase;
beforeAll(async () => {
  test = openTestDatabase();
  await seedDemo({ db: test.db });
});
afterAll(() => test.close());

describe('seedDemo', () => {
  it('marks the database as a demo database', () => {
    expect(findDatabaseMode(test.db)).toBe('demo');
  });

  it('creates exactly the seven demo accounts', () => {
    expect(demoAccounts).toHaveLength(7);
    expect(
      test.db
        .select()
        .from(users)
        .all()
        .map((u) => u.loginId)
        .sort(),
    ).toEqual(demoAccounts.map((a) => a.loginId).sort());
  });

  it.each(demoAccounts.map((account) => [account.loginId, account] as const))(
    '%s signs in with the demo password',
    async (_loginId, account) => {
      const { user } = await openRequest(test.db, { ip: `10.0.0.${demoAccounts.indexOf(account) + 1}` }).caller.auth.signIn({
        loginId: account.loginId,
        password: demoPassword,
      });
      expect(user).toMatchObject({
        loginId: account.loginId,
        role: account.role,
        profession: account.profession,
        displayName: account.name,
        mustChangePassword: false,
      });
    },
  );
});
