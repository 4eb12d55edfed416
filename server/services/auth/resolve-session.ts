/**
 * Turns the request's session cookie into a signed-in user, or says why not. A session of a
 * disabled account is ended on the spot.
 */
import 'server-only';
import { invalidateSession, validateSessionToken, type SessionExpiry } from '@/server/auth/session';
import { readSessionToken } from '@/server/auth/session-cookie';
import { findUserProfile, isUserActive } from '@/server/services/users/find-user-profile';
import type { AuthServiceOptions, SignedIn } from './auth-context';

export type SessionResolution = { signedIn: SignedIn } | { signedIn: null; reason: 'none' | 'invalid' | 'disabled' | SessionExpiry };

export function resolveSession({ db, config, cookies, now = new Date() }: Omit<AuthServiceOptions, 'request'>): SessionResolution {
  const token = readSessionToken(cookies, config.secureCookies);
  if (!token) return { signedIn: null, reason: 'none' };
  const validation = validateSessionToken(db, token, config.session, now);
  // The cookie is left alone: a stale request answered after a new sign-in or password change
  // would otherwise delete the new session's cookie. An unknown token signs nobody in anyway.
  if (!validation.ok) {
    return { signedIn: null, reason: validation.reason === 'idle' || validation.reason === 'maxAge' ? validation.reason : 'invalid' };
  }
  const user = findUserProfile(db, { id: validation.session.userId });
  if (!user || !isUserActive(user)) {
    invalidateSession(db, validation.session.id);
    return { signedIn: null, reason: 'disabled' };
  }
  return { signedIn: { session: validation.session, user } };
}
