/**
 * Why a live stream's session is gone, where the stream should not simply report it as a request
 * would: its own device signed out (the page is leaving for the sign-in screen anyway), or its own
 * device changed the password and holds a new session (the stream should be opened again with it).
 */
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/server/db/client';
import { endedSessions, sessions } from '@/server/db/schema';
import type { SignedIn } from '@/server/services/service-options';

export function whyStreamSessionEnded(db: Db, signedIn: SignedIn): 'signedOutHere' | 'replacedHere' | null {
  const ended = db.select({ reason: endedSessions.reason }).from(endedSessions).where(eq(endedSessions.id, signedIn.session.id)).get();
  if (ended?.reason === 'signedOut') return 'signedOutHere';
  if (ended?.reason !== 'passwordChanged' || !signedIn.session.deviceId) return null;
  const newer = db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.deviceId, signedIn.session.deviceId), eq(sessions.userId, signedIn.user.id)))
    .get();
  return newer ? 'replacedHere' : null;
}
