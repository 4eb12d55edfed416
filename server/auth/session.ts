/**
 * Sessions, the lucia-auth.com way on @oslojs: a token `<id>.<secret>` from a CSPRNG (120 bits
 * each), only SHA-256(secret) stored and compared in constant time; an idle timeout renewed as the
 * session is used, and an absolute lifetime.
 */
import 'server-only';
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq, and, lt, ne, type SQL } from 'drizzle-orm';
import type { Db, DbExecutor } from '@/server/db/client';
import { endedSessions, sessions, type EndedSessionReason } from '@/server/db/schema';
import { announceSessionsChanged } from './session-events';

export interface SessionPolicy {
  idleTimeoutMs: number;
  maxAgeMs: number;
}

export interface Session {
  id: string;
  userId: string;
  createdAt: Date;
  lastActiveAt: Date;
  /** The browser install it was opened on (null: opened before devices were recorded). */
  deviceId: string | null;
  /** When a second factor was passed in this session; null: not (yet). */
  secondFactorAt: Date | null;
  /** When the person last proved it was them in it: signing in, a second factor, re-authenticating. */
  reauthenticatedAt: Date | null;
}

/** Renew `lastActiveAt` at most this often, so reads do not each cost a write. */
export const activityResolutionMs = 60_000;

export function generateSecureRandomString(): string {
  const bytes = new Uint8Array(15); // 120 bits
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function generateSessionToken(): string {
  return `${generateSecureRandomString()}.${generateSecureRandomString()}`;
}

export function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

export function createSession(
  db: DbExecutor,
  input: { userId: string; ip: string | null; userAgent: string | null; deviceId?: string | null; secondFactorAt?: Date | null },
  now: Date = new Date(),
): { session: Session; token: string } {
  const token = generateSessionToken();
  const [id = '', secret = ''] = token.split('.');
  const session: Session = {
    id,
    userId: input.userId,
    createdAt: now,
    lastActiveAt: now,
    deviceId: input.deviceId ?? null,
    secondFactorAt: input.secondFactorAt ?? null,
    // A session begins with a proof: a password, a passkey, or (a password change) both passwords.
    reauthenticatedAt: now,
  };
  db.insert(sessions)
    .values({ ...session, secretHash: Buffer.from(hashSecret(secret)), ip: input.ip, userAgent: input.userAgent?.slice(0, 512) ?? null })
    .run();
  return { session, token };
}

export type SessionExpiry = 'idle' | 'maxAge';

export function sessionExpiry(
  session: Pick<Session, 'createdAt' | 'lastActiveAt'>,
  policy: SessionPolicy,
  now: Date,
): SessionExpiry | null {
  if (now.getTime() - session.createdAt.getTime() >= policy.maxAgeMs) return 'maxAge';
  if (now.getTime() - session.lastActiveAt.getTime() >= policy.idleTimeoutMs) return 'idle';
  return null;
}

/**
 * The cookie's lifetime: the session's absolute end. The idle timeout is enforced by the server,
 * so a browser still sends an idle session's cookie and can be told why it was signed out.
 */
export function cookieExpiresAt(session: Pick<Session, 'createdAt'>, policy: SessionPolicy): Date {
  return new Date(session.createdAt.getTime() + policy.maxAgeMs);
}

export type SessionValidation =
  | { ok: true; session: Session }
  | { ok: false; reason: 'malformed' | 'unknown' | SessionExpiry }
  | { ok: false; reason: 'ended'; endedBecause: EndedSessionReason };

/**
 * `idleTimeoutFor`: a user's own idle timeout (their region's setting), where one applies. It can
 * only shorten the operator's: a region may be stricter than the server, never laxer.
 */
export function validateSessionToken(
  db: Db,
  token: string,
  basePolicy: SessionPolicy,
  now: Date = new Date(),
  idleTimeoutFor?: (userId: string) => number | null,
  /** `renew: false`: look without counting as activity (a live stream re-checking its session). */
  { renew = true }: { renew?: boolean } = {},
): SessionValidation {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, reason: 'malformed' };
  const [id, secret] = parts as [string, string];
  const row = db.select().from(sessions).where(eq(sessions.id, id)).get();
  if (!row) return endedSession(db, id, secret);
  if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secretHash))) return { ok: false, reason: 'unknown' };
  const own = idleTimeoutFor?.(row.userId) ?? null;
  const policy = { ...basePolicy, idleTimeoutMs: own === null ? basePolicy.idleTimeoutMs : Math.min(own, basePolicy.idleTimeoutMs) };
  const session: Session = {
    id: row.id,
    userId: row.userId,
    createdAt: row.createdAt,
    lastActiveAt: row.lastActiveAt,
    deviceId: row.deviceId,
    secondFactorAt: row.secondFactorAt,
    reauthenticatedAt: row.reauthenticatedAt,
  };
  const expired = sessionExpiry(session, policy, now);
  if (expired) {
    invalidateSession(db, session.id, expired, now);
    return { ok: false, reason: expired };
  }
  // Renew at most once a minute, and well within short idle timeouts.
  if (renew && now.getTime() - session.lastActiveAt.getTime() >= Math.min(activityResolutionMs, policy.idleTimeoutMs / 2)) {
    session.lastActiveAt = now;
    db.update(sessions).set({ lastActiveAt: now }).where(eq(sessions.id, session.id)).run();
  }
  return { ok: true, session };
}

/** Why a token that matches no live session ended, if it matched one that was ended early. */
function endedSession(db: Db, id: string, secret: string): SessionValidation {
  const ended = db.select().from(endedSessions).where(eq(endedSessions.id, id)).get();
  if (!ended || !constantTimeEqual(hashSecret(secret), new Uint8Array(ended.secretHash))) return { ok: false, reason: 'unknown' };
  return { ok: false, reason: 'ended', endedBecause: ended.reason };
}

/** Ends the sessions `where` selects, remembering why; returns how many. */
function endSessions(db: DbExecutor, where: SQL | undefined, reason: EndedSessionReason, now: Date): number {
  const ending = db.select({ id: sessions.id, secretHash: sessions.secretHash, userId: sessions.userId }).from(sessions).where(where).all();
  if (ending.length === 0) return 0;
  db.insert(endedSessions)
    .values(ending.map((row) => ({ ...row, reason, endedAt: now })))
    .onConflictDoNothing()
    .run();
  const ended = db.delete(sessions).where(where).run().changes;
  announceSessionsChanged();
  return ended;
}

export function invalidateSession(db: DbExecutor, sessionId: string, reason: EndedSessionReason, now = new Date()): void {
  endSessions(db, eq(sessions.id, sessionId), reason, now);
}

/** Ends every session of a user, optionally keeping the one making the request. */
export function invalidateUserSessions(
  db: DbExecutor,
  userId: string,
  reason: EndedSessionReason,
  options: { except?: string; now?: Date } = {},
): number {
  const where = options.except ? and(eq(sessions.userId, userId), ne(sessions.id, options.except)) : eq(sessions.userId, userId);
  return endSessions(db, where, reason, options.now ?? new Date());
}

/** Ends every session opened on one device (revoked, or signed out from the user's list). */
export function invalidateDeviceSessions(db: DbExecutor, deviceId: string, reason: EndedSessionReason, now = new Date()): number {
  return endSessions(db, eq(sessions.deviceId, deviceId), reason, now);
}

/** Forgets why sessions ended once they would have expired anyway. */
export function forgetEndedSessions(db: DbExecutor, policy: SessionPolicy, now = new Date()): number {
  return db
    .delete(endedSessions)
    .where(lt(endedSessions.endedAt, new Date(now.getTime() - policy.maxAgeMs)))
    .run().changes;
}
