/** The options objects the services take (server/services/service-options.ts), read off a procedure's context. */
import 'server-only';
import { auditContextOf } from '@/server/audit/audit-context';
import { actorOf } from '@/server/policy/actor';
import { assertMayReceivePatientData } from '@/server/policy/device-access';
import type {
  AdminServiceOptions,
  AuthServiceOptions,
  OwnDeviceServiceOptions,
  PatientServiceOptions,
  SignedIn,
} from '@/server/services/service-options';
import type { TrpcContext } from './context';

type SignedInContext = TrpcContext & { auth: SignedIn };

export function authServiceOptions(ctx: TrpcContext): AuthServiceOptions {
  return { db: ctx.db, config: ctx.config, cookies: ctx.cookies, request: { ip: ctx.request.ip, userAgent: ctx.request.userAgent } };
}

/** Patient data: only for a device that may receive it (server/policy/device-access). */
export function patientServiceOptions(ctx: SignedInContext): PatientServiceOptions {
  assertMayReceivePatientData(ctx.auth);
  return { db: ctx.db, actor: actorOf(ctx.auth.user), audit: auditContextOf(ctx.request, ctx.auth) };
}

export function adminServiceOptions(ctx: SignedInContext): AdminServiceOptions {
  return { db: ctx.db, admin: ctx.auth.user, audit: auditContextOf(ctx.request, ctx.auth) };
}

export function ownDeviceServiceOptions(ctx: SignedInContext): OwnDeviceServiceOptions {
  return { db: ctx.db, user: ctx.auth.user, currentDeviceId: ctx.auth.session.deviceId, audit: auditContextOf(ctx.request, ctx.auth) };
}
