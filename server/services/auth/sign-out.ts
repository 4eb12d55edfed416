/** Ends this session (or, with `everywhere`, all of the user's sessions) on the server. */
import 'server-only';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { invalidateSession, invalidateUserSessions } from '@/server/auth/session';
import { deleteSessionTokenCookie } from '@/server/auth/session-cookie';
import { auditActorOf } from '@/server/audit/audit-context';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

export function signOut(
  { db, config, cookies, request, now = new Date() }: AuthServiceOptions,
  signedIn: SignedIn | null,
  options: { everywhere?: boolean } = {},
): { endedSessions: number } {
  deleteSessionTokenCookie(cookies, config.secureCookies);
  if (!signedIn) return { endedSessions: 0 };
  let endedSessions = 1;
  if (options.everywhere) endedSessions = invalidateUserSessions(db, signedIn.user.id);
  else invalidateSession(db, signedIn.session.id);
  appendAuditEntry(
    db,
    {
      action: options.everywhere ? 'auth.signOutEverywhere' : 'auth.signOut',
      actor: auditActorOf(signedIn.user),
      request: { ip: request.ip, userAgent: request.userAgent, sessionId: signedIn.session.id },
      details: { endedSessions },
    },
    now.getTime(),
  );
  return { endedSessions };
}
