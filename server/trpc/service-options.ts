/** The options objects the services take, read off a procedure's context. */
import 'server-only';
import { actorOf } from '@/server/policy/actor';
import type { AdminServiceOptions } from '@/server/services/admin-service-options';
import { assertMayReceivePatientData } from '@/server/policy/device-access';
import { auditContextOf, type AuthServiceOptions, type SignedIn } from '@/server/services/auth/auth-context';
import type { PatientServiceOptions } from '@/server/services/patients/register-patient';
import type { TrpcContext } from './context';

export function authServiceOptions(ctx: TrpcContext): AuthServiceOptions {
  return { db: ctx.db, config: ctx.config, cookies: ctx.cookies, request: { ip: ctx.request.ip, userAgent: ctx.request.userAgent } };
}

/** Patient data: only for a device that may receive it (server/services/devices/find-device). */
export function patientServiceOptions(ctx: TrpcContext & { auth: SignedIn }): PatientServiceOptions {
  assertMayReceivePatientData(ctx.auth);
  return { db: ctx.db, actor: actorOf(ctx.auth.user), audit: auditContextOf(ctx.auth, ctx.request) };
}

export function adminServiceOptions(ctx: TrpcContext & { auth: SignedIn }): AdminServiceOptions {
  return { db: ctx.db, admin: ctx.auth.user, audit: auditContextOf(ctx.auth, ctx.request) };
}

/** A user acting on their own devices: the administrators' options with the user as who acts, and the device in hand. */
export function ownDeviceServiceOptions(ctx: TrpcContext & { auth: SignedIn }) {
  const { admin: user, ...rest } = adminServiceOptions(ctx);
  return { ...rest, user, currentDeviceId: ctx.auth.session.deviceId };
}
