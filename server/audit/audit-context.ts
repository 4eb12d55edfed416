/**
 * Who acts and through which request: what every audited service carries, built in one place for
 * procedures, file routes and the sign-in services alike.
 */
import 'server-only';
import type { UserRecord } from '@/server/db/user-record';
import type { AuditActor, AuditRequestMeta } from './append-audit-entry';

export interface AuditContext {
  /** Null for someone not signed in (the public portal, the command line). */
  actor: AuditActor | null;
  request: AuditRequestMeta;
}

export function auditActorOf(user: Pick<UserRecord, 'id' | 'loginId' | 'facility' | 'region'>): AuditActor {
  return { userId: user.id, loginId: user.loginId, facilityId: user.facility.id, regionId: user.region.id };
}

/** `who`: the user acting, with the session (and so the device) the request came in on, when there is one. */
export function auditContextOf(
  request: Pick<AuditRequestMeta, 'ip' | 'userAgent'>,
  who: { user: UserRecord; session?: { id: string; deviceId: string | null } | null } | null = null,
): AuditContext {
  const session = who?.session ? { sessionId: who.session.id, deviceId: who.session.deviceId } : {};
  return { actor: who ? auditActorOf(who.user) : null, request: { ip: request.ip, userAgent: request.userAgent, ...session } };
}
