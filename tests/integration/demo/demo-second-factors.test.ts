/** The demo administrators have an authenticator app with the key README gives, and must use it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '@/server/demo/seed-demo';
import { demoTotpKeys } from '@/server/demo/demo-totp-keys';
import { as, totpCode } from '@/tests/support/second-factor';
import { openTestDatabase, type TestDatabase } from '@/tests/support/test-database';
import { openRequest, sessionSetCookie } from '@/tests/support/trpc-harness';

let test: TestDatabase;
beforeAll(async () => {
  test = openTestDatabase();
  await seedDemo({ db: test.db });
});
afterAll(() => test.close());

describe('the demo administrators’ second factor', () => {
  it.each(Object.entries(demoTotpKeys))('%s passes the second step with a code from the documented key', async (loginId, key) => {
    const { caller, responseHeaders } = openRequest(test.db);
    const { secondFactor } = await caller.auth.signIn({ loginId, password: 'renraku-demo-1234' });
    expect(secondFactor).toBe('required');
    const cookie = sessionSetCookie(responseHeaders)?.pair ?? '';
    await as(test.db, cookie).secondFactor.verifyTotp({ code: totpCode(key) });
    expect((await as(test.db, cookie).auth.me()).secondFactor).toBeNull();
  });

  it('leaves staff accounts without one', async () => {
    const { secondFactor } = await openRequest(test.db).caller.auth.signIn({ loginId: 'demo-nurse', password: 'renraku-demo-1234' });
    expect(secondFactor).toBeNull();
  });
});
