/** Ends this session (or, with `everywhere`, all of the user's sessions) on the server. */
import 'server-only';
import { audit } from '@/server/audit/audit';
import { auditContextOf } from '@/server/audit/audit-context';
import { invalidateSession, invalidateUserSessions } from '@/server/auth/session';
import { deleteSessionTokenCookie } from '@/server/auth/session-cookie';
import { removePushSubscriptions } from '@/server/push/remove-push-subscriptions';
import type { AuthServiceOptions, SignedIn } from '@/server/services/service-options';

export function signOut(
  { db, config, cookies, request, now = new Date() }: AuthServiceOptions,
  signedIn: SignedIn | null,
  options: { everywhere?: boolean } = {},
): { endedSessions: number } {
  deleteSessionTokenCookie(cookies, config.secureCookies);
  if (!signedIn) return { endedSessions: 0 };
  const audited = { audit: auditContextOf(request, signedIn), now };
  return db.transaction((tx) => {
    let endedSessions = 1;
    if (options.everywhere) endedSessions = invalidateUserSessions(tx, signedIn.user.id, 'signedOutEverywhere', { now });
    else invalidateSession(tx, signedIn.session.id, 'signedOut', now);
    // A signed-out device is not woken by pushes any more.
    if (options.everywhere) removePushSubscriptions(tx, { userId: signedIn.user.id });
    else if (signedIn.session.deviceId) removePushSubscriptions(tx, { deviceId: signedIn.session.deviceId });
    audit(audited, options.everywhere ? 'auth.signOutEverywhere' : 'auth.signOut', { details: { endedSessions } }, tx);
    return { endedSessions };
  });
}
