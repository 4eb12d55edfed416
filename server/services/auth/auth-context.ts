/** What the auth services need to know about the request and the deployment. */
import 'server-only';
import type { Db } from '@/server/db/client';
import type { CookieJar } from '@/server/http/cookie-jar';
import type { SessionPolicy, Session } from '@/server/auth/session';
import type { ThrottlePolicy } from '@/server/auth/login-throttle';
import type { UserRecord } from '@/server/services/users/find-user-profile';
import type { DeviceRow } from '@/server/services/devices/recognize-device';
import type { AuditActor, AuditRequestMeta } from '@/server/audit/append-audit-entry';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface AuthConfig {
  session: SessionPolicy;
  loginThrottle: ThrottlePolicy;
  secureCookies: boolean;
}

export interface AuthServiceOptions {
  db: Db;
  config: AuthConfig;
  cookies: CookieJar;
  request: RequestMeta;
  now?: Date;
}

export interface SignedIn {
  session: Session;
  user: UserRecord;
  /** The session's device; null for a session opened before devices were recorded. */
  device: DeviceRow | null;
}

export function auditActorOf(user: UserRecord): AuditActor {
  return { userId: user.id, loginId: user.loginId, facilityId: user.facility.id, regionId: user.region.id };
}

/** Who acted and through which request, as every audited service takes it. */
export function auditContextOf(signedIn: SignedIn, request: RequestMeta): { actor: AuditActor; request: AuditRequestMeta } {
  return {
    actor: auditActorOf(signedIn.user),
    request: { ip: request.ip, userAgent: request.userAgent, sessionId: signedIn.session.id, deviceId: signedIn.session.deviceId },
  };
}
