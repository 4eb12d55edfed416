/**
 * The options objects the services take, in one place: the database, who acts, the audit context
 * and the clock (`now`, for tests). server/trpc/service-options.ts builds them from a procedure's
 * context, server/http/signed-in-request.ts from a route handler's request.
 */
import 'server-only';
import type { AuditContext } from '@/server/audit/audit-context';
import type { Session, SessionPolicy } from '@/server/auth/session';
import type { ThrottlePolicy } from '@/server/auth/login-throttle';
import type { RelyingParty } from '@/server/auth/relying-party';
import type { Db } from '@/server/db/client';
import type { DeviceRow } from '@/server/db/schema';
import type { UserRecord } from '@/server/db/user-record';
import type { ContentStore } from '@/server/files/content-store';
import type { CookieJar } from '@/server/http/cookie-jar';
import type { Actor } from '@/server/policy/patient-access';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface AuthConfig {
  session: SessionPolicy;
  loginThrottle: ThrottlePolicy;
  secureCookies: boolean;
}

export interface SignedIn {
  session: Session;
  user: UserRecord;
  /** The session's device; null for a session opened before devices were recorded. */
  device: DeviceRow | null;
}

/** Signing in and out, and a user's own account and second factors. */
export interface AuthServiceOptions {
  db: Db;
  config: AuthConfig;
  cookies: CookieJar;
  request: RequestMeta;
  now?: Date;
}

export interface PasskeyServiceOptions extends AuthServiceOptions {
  relyingParty?: RelyingParty;
}

/** Patients, care teams and their timelines, for a device that may receive patient data. */
export interface PatientServiceOptions {
  db: Db;
  actor: Actor;
  audit: AuditContext;
  now?: Date;
}

export interface FileServiceOptions extends PatientServiceOptions {
  store: ContentStore;
  /** Bytes a facility may keep in all its attachments' variants together. */
  facilityQuotaBytes: number;
}

/** The administrators' screens: staff, devices, the audit log, the region. */
export interface AdminServiceOptions {
  db: Db;
  admin: UserRecord;
  audit: AuditContext;
  now?: Date;
}

/** A user acting on their own devices: who acts is the owner, with the device in hand. */
export interface OwnDeviceServiceOptions {
  db: Db;
  user: UserRecord;
  currentDeviceId: string | null;
  audit: AuditContext;
  now?: Date;
}

/** Nobody signed in: the region's public portal. */
export interface PublicServiceOptions {
  db: Db;
  request: RequestMeta;
  now?: Date;
}
