import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activityResolutionMs,
  createSession,
  generateSessionToken,
  hashSecret,
  invalidateUserSessions,
  validateSessionToken,
  type SessionPolicy,
} from '@/server/auth/session';
import { sessions } from '@/server/db/schema';
import { seedWorld, userOf, type SeededWorld } from '@/tests/support/seed';
import { openTestDatabase, type TestDatabase } from '@/tests/support/test-database';

const policy: SessionPolicy = { idleTimeoutMs: 60 * 60_000, maxAgeMs: 24 * 3_600_000 };
const t0 = new Date('2025-04-01T09:00:00Z');
const after = (ms: number) => new Date(t0.getTime() + ms);

let test: TestDatabase;
let world: SeededWorld;
beforeAll(async () => {
  test = openTestDatabase();
  world = await seedWorld(test.db, [{ loginId: 'nurse-sato' }, { loginId: 'doctor-aoki' }]);
});
afterAll(() => test.close());

const start = (loginId = 'nurse-sato', now = t0) =>
  createSession(test.db, { userId: userOf(world, loginId).id, ip: '192.0.2.1', userAgent: 'vitest' }, now);
const rowOf = (id: string) => test.db.select().from(sessions).where(eq(sessions.id, id)).get();

describe('session tokens', () => {
  it('are <id>.<secret>, each 24 base32 characters (120 bits), never repeated', () => {
    const tokens = Array.from({ length: 2000 }, generateSessionToken);
    for (const token of tokens.slice(0, 50)) expect(token).toMatch(/^[a-z2-7]{24}\.[a-z2-7]{24}$/);
    const parts = tokens.flatMap((token) => token.split('.'));
    expect(new Set(parts).size).toBe(parts.length);
  });

  it('are stored only as the id and SHA-256 of the secret', () => {
    const { token, session } = start();
    const [id, secret = ''] = token.split('.');
    const row = rowOf(session.id);
    expect(row?.id).toBe(id);
    expect(Buffer.compare(row?.secretHash ?? Buffer.alloc(0), Buffer.from(hashSecret(secret)))).toBe(0);
    const raw = test.db.$client.prepare('SELECT * FROM sessions WHERE id = ?').get(id) as Record<string, unknown>;
    const stored = JSON.stringify(raw, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value));
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain(token);
  });
});

describe('validateSessionToken', () => {
  it('accepts the token it issued', () => {
    const { token, session } = start();
    expect(validateSessionToken(test.db, token, policy, after(1000))).toEqual({ ok: true, session });
  });

  it('refuses the right id with a wrong secret, and malformed tokens', () => {
    const { token } = start();
    const [id] = token.split('.');
    const forged = `${id}.${generateSessionToken().split('.')[1]}`;
    expect(validateSessionToken(test.db, forged, policy, t0)).toEqual({ ok: false, reason: 'unknown' });
    expect(validateSessionToken(test.db, `${id}`, policy, t0)).toEqual({ ok: false, reason: 'malformed' });
    expect(validateSessionToken(test.db, `${token}.x`, policy, t0)).toEqual({ ok: false, reason: 'malformed' });
    expect(validateSessionToken(test.db, token, policy, t0).ok).toBe(true);
  });

  it('renews lastActiveAt only once activityResolutionMs has passed', () => {
    const { token, session } = start();
    const early = validateSessionToken(test.db, token, policy, after(activityResolutionMs - 1));
    expect(early.ok && early.session.lastActiveAt).toEqual(t0);
    expect(rowOf(session.id)?.lastActiveAt).toEqual(t0);
    const renewed = validateSessionToken(test.db, token, policy, after(activityResolutionMs));
    expect(renewed.ok && renewed.session.lastActiveAt).toEqual(after(activityResolutionMs));
    expect(rowOf(session.id)?.lastActiveAt).toEqual(after(activityResolutionMs));
  });

  it('slides the idle timeout while the session is used', () => {
    const { token } = start();
    const step = policy.idleTimeoutMs - 1000;
    for (let i = 1; i <= 3; i += 1) expect(validateSessionToken(test.db, token, policy, after(step * i)).ok).toBe(true);
  });

  it('ends an idle session and deletes its row', () => {
    const { token, session } = start();
    expect(validateSessionToken(test.db, token, policy, after(policy.idleTimeoutMs - 1)).ok).toBe(true);
    const idleFrom = after(policy.idleTimeoutMs - 1);
    expect(validateSessionToken(test.db, token, policy, new Date(idleFrom.getTime() + policy.idleTimeoutMs))).toEqual({
      ok: false,
      reason: 'idle',
    });
    expect(rowOf(session.id)).toBeUndefined();
    // Asked again, the same token learns why it ended (its device keeps unsent work either way).
    expect(validateSessionToken(test.db, token, policy, t0)).toEqual({ ok: false, reason: 'ended', endedBecause: 'idle' });
  });

  it('ends a session at its absolute lifetime even if it was used all along', () => {
    const { token, session } = start();
    const step = 50 * 60_000;
    for (let at = step; at < policy.maxAgeMs; at += step) expect(validateSessionToken(test.db, token, policy, after(at)).ok).toBe(true);
    expect(validateSessionToken(test.db, token, policy, after(policy.maxAgeMs))).toEqual({ ok: false, reason: 'maxAge' });
    expect(rowOf(session.id)).toBeUndefined();
  });
});

describe('invalidateUserSessions', () => {
  it('ends every session of the user except the one named, and no one else’s', () => {
    test.db.delete(sessions).run();
    const keep = start();
    const others = [start(), start()];
    const stranger = start('doctor-aoki');
    expect(invalidateUserSessions(test.db, userOf(world, 'nurse-sato').id, 'signedOutEverywhere', { except: keep.session.id })).toBe(2);
    expect(rowOf(keep.session.id)).toBeDefined();
    for (const other of others) expect(rowOf(other.session.id)).toBeUndefined();
    expect(rowOf(stranger.session.id)).toBeDefined();
    expect(invalidateUserSessions(test.db, userOf(world, 'nurse-sato').id, 'passwordChanged')).toBe(1);
    expect(rowOf(keep.session.id)).toBeUndefined();
  });
});
