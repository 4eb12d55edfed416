import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { activityResolutionMs } from '@/server/auth/session';
import type { Db } from '@/server/db/client';
import { sessions } from '@/server/db/schema';
import { seedWorld, testPassword } from '@/tests/support/seed';
import { openTestDatabase } from '@/tests/support/test-database';
import { openRequest, sessionSetCookie, signInCookie, testAuthConfig } from '@/tests/support/trpc-harness';

const { idleTimeoutMs, maxAgeMs } = testAuthConfig.session;

let db: Db;
let cookie: string;
beforeEach(async () => {
  const test = openTestDatabase();
  db = test.db;
  await seedWorld(db);
  cookie = await signInCookie(db, 'nurse-sato', testPassword);
  return test.close;
});

/** Moves the only session's clocks back, as if time had passed. */
const age = (by: { createdMs?: number; lastActiveMs: number }) => {
  const row = db.select().from(sessions).get();
  if (!row) throw new Error('no session');
  db.update(sessions)
    .set({
      createdAt: new Date(row.createdAt.getTime() - (by.createdMs ?? by.lastActiveMs)),
      lastActiveAt: new Date(row.lastActiveAt.getTime() - by.lastActiveMs),
    })
    .where(eq(sessions.id, row.id))
    .run();
};

describe('session expiry seen through auth.me', () => {
  it('ends a session left idle past the timeout, without touching the cookie (a newer one may have replaced it)', async () => {
    age({ lastActiveMs: idleTimeoutMs + 1000 });
    const { caller, responseHeaders } = openRequest(db, { cookie, method: 'GET' });
    expect(await caller.auth.me()).toEqual({ user: null, sessionStartedAt: null, device: null, secondFactor: null, problem: 'idle' });
    expect(sessionSetCookie(responseHeaders)).toBeNull();
    expect(db.select().from(sessions).all()).toHaveLength(0);
    // Asked again, the device still learns why: it keeps its unsent work either way.
    expect((await openRequest(db, { cookie }).caller.auth.me()).problem).toBe('idle');
  });

  it('ends a session past its lifetime even if recently used', async () => {
    age({ createdMs: maxAgeMs + 1000, lastActiveMs: 1000 });
    expect((await openRequest(db, { cookie }).caller.auth.me()).problem).toBe('maxAge');
  });

  it('expires with a tiny idle timeout in real time', async () => {
    const config = { ...testAuthConfig, session: { idleTimeoutMs: 50, maxAgeMs } };
    const quick = await signInCookie(db, 'nurse-sato', testPassword, { config });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await openRequest(db, { cookie: quick, config }).caller.auth.me()).problem).toBe('idle');
  });

  it('slides: a used session is renewed on the server', async () => {
    age({ lastActiveMs: activityResolutionMs + 1000 });
    const before = db.select().from(sessions).get()?.lastActiveAt.getTime() ?? 0;
    const { caller } = openRequest(db, { cookie });
    expect((await caller.auth.me()).user?.loginId).toBe('nurse-sato');
    expect(db.select().from(sessions).get()?.lastActiveAt.getTime()).toBeGreaterThan(before);
  });

  it('does not re-issue the cookie on every request', async () => {
    const { caller, responseHeaders } = openRequest(db, { cookie });
    await caller.auth.me();
    expect(sessionSetCookie(responseHeaders)).toBeNull();
  });

  it('reports a forged cookie as invalid', async () => {
    const forged = cookie.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'));
    expect((await openRequest(db, { cookie: forged }).caller.auth.me()).problem).toBe('invalid');
  });
});
