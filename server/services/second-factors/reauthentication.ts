/**
 * Changing how one signs in (adding or removing a passkey, setting up an authenticator app, new
 * recovery codes) needs a proof of who is at the screen within the last few minutes — signing in,
 * a second factor, or re-authenticating — not merely a live session: a minute at an unlocked
 * tablet, or a script slipped into the page, must not leave a way in that outlives the session.
 */
import 'server-only';
import { eq } from 'drizzle-orm';
import { AppError } from '@/lib/errors/app-error';
import { reauthenticationWindowMinutes } from '@/lib/schemas/second-factor';
import type { Session } from '@/server/auth/session';
import type { DbExecutor } from '@/server/db/client';
import { sessions } from '@/server/db/schema';

export const reauthenticationWindowMs = reauthenticationWindowMinutes * 60_000;

/** Until when the session may change sign-in factors; null when it must re-authenticate first. */
export function reauthenticatedUntil(session: Pick<Session, 'reauthenticatedAt'>, now: Date = new Date()): Date | null {
  if (!session.reauthenticatedAt) return null;
  const until = session.reauthenticatedAt.getTime() + reauthenticationWindowMs;
  return until > now.getTime() ? new Date(until) : null;
}

export function assertRecentlyReauthenticated(session: Pick<Session, 'reauthenticatedAt'>, now: Date = new Date()): void {
  if (!reauthenticatedUntil(session, now)) throw new AppError('REAUTHENTICATION_REQUIRED');
}

export function markReauthenticated(tx: DbExecutor, session: Session, at: Date): void {
  tx.update(sessions).set({ reauthenticatedAt: at }).where(eq(sessions.id, session.id)).run();
  session.reauthenticatedAt = at;
}
