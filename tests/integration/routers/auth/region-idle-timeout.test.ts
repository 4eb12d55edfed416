/** A region's own idle timeout (region settings) applies to its users' sessions where it is the shorter. */
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regions } from '@/server/db/schema';
import { createCookieJar } from '@/server/http/cookie-jar';
import { resolveSession } from '@/server/services/auth/resolve-session';
import { seedWorld, testPassword, type SeededWorld } from '@/tests/support/seed';
import { openTestDatabase, type TestDatabase } from '@/tests/support/test-database';
import { signInCookie, testAuthConfig } from '@/tests/support/trpc-harness';

let test: TestDatabase;
let world: SeededWorld;
beforeEach(async () => {
  test = openTestDatabase();
  world = await seedWorld(test.db, [{ loginId: 'nurse-sato' }]);
});
afterEach(() => test.close());

const minutes = (n: number) => n * 60_000;
function resolveAt(cookie: string, at: number) {
  return resolveSession({
    db: test.db,
    config: testAuthConfig,
    cookies: createCookieJar(new Headers({ cookie }), new Headers()),
    now: new Date(at),
  });
}

describe('the region’s idle timeout', () => {
  it('ends a session idle longer than the region allows, though the server would allow more', async () => {
    test.db.update(regions).set({ idleTimeoutMinutes: 15 }).where(eq(regions.id, world.regionId)).run();
    const start = Date.now();
    const cookie = await signInCookie(test.db, 'nurse-sato', testPassword);
    expect(resolveAt(cookie, start + minutes(14)).signedIn).not.toBeNull();
    // Renewed at minute 14: idle again from there.
    expect(resolveAt(cookie, start + minutes(28)).signedIn).not.toBeNull();
    expect(resolveAt(cookie, start + minutes(44))).toEqual({ signedIn: null, reason: 'idle' });
  });

  it('never lengthens the server’s: the shorter of the two wins', async () => {
    const serverMinutes = 30;
    const config = { ...testAuthConfig, session: { ...testAuthConfig.session, idleTimeoutMs: minutes(serverMinutes) } };
    test.db.update(regions).set({ idleTimeoutMinutes: 240 }).where(eq(regions.id, world.regionId)).run();
    const start = Date.now();
    const cookie = await signInCookie(test.db, 'nurse-sato', testPassword, { config });
    const at = (offset: number) =>
      resolveSession({
        db: test.db,
        config,
        cookies: createCookieJar(new Headers({ cookie }), new Headers()),
        now: new Date(start + offset),
      });
    expect(at(minutes(serverMinutes - 1)).signedIn).not.toBeNull();
    expect(at(minutes(2 * serverMinutes))).toEqual({ signedIn: null, reason: 'idle' });
  });

  it('leaves the server’s timeout in force when the region sets none', async () => {
    const start = Date.now();
    const cookie = await signInCookie(test.db, 'nurse-sato', testPassword);
    expect(resolveAt(cookie, start + minutes(60)).signedIn).not.toBeNull();
    expect(resolveAt(cookie, start + minutes(60) + testAuthConfig.session.idleTimeoutMs)).toEqual({ signedIn: null, reason: 'idle' });
  });
});
