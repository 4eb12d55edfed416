/** The options object the patient-data services take, read off a signed-in procedure's context. */
import 'server-only';
import { auditActorOf, type SignedIn } from '@/server/services/auth/auth-context';
import type { PatientServiceOptions } from '@/server/services/patients/register-patient';
import { actorOf } from '@/server/policy/actor';
import type { TrpcContext } from './context';

export function patientServiceOptions(ctx: TrpcContext & { auth: SignedIn }): PatientServiceOptions {
  return {
    db: ctx.db,
    actor: actorOf(ctx.auth.user),
    audit: { actor: auditActorOf(ctx.auth.user), request: { ip: ctx.request.ip, userAgent: ctx.request.userAgent, sessionId: ctx.auth.session.id } },
  };
}
