/** The audit log for facility and region administrators (the CSV comes from /api/audit/csv). */
import 'server-only';
import { administratorRoles } from '@/lib/domain/roles';
import { auditQuery } from '@/lib/schemas/audit';
import { auditActorOf } from '@/server/services/auth/auth-context';
import { listAuditedPatients, listAuditEntries } from '@/server/services/audit/list-audit-entries';
import { createTrpcRouter, roleProcedure } from '@/server/trpc/init';

const adminProcedure = roleProcedure(...administratorRoles);

export const auditRouter = createTrpcRouter({
  list: adminProcedure.input(auditQuery).query(({ ctx, input }) =>
    listAuditEntries(
      {
        db: ctx.db,
        reader: ctx.auth.user,
        audit: { actor: auditActorOf(ctx.auth.user), request: { ip: ctx.request.ip, userAgent: ctx.request.userAgent, sessionId: ctx.auth.session.id } },
      },
      input,
    ),
  ),
  patients: adminProcedure.query(({ ctx }) => listAuditedPatients({ db: ctx.db, reader: ctx.auth.user })),
});
