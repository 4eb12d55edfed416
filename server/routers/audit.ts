/** The audit log for facility and region administrators (the CSV comes from /api/audit/csv). */
import 'server-only';
import { auditQuery } from '@/lib/schemas/audit';
import { listAuditEntries } from '@/server/services/audit/list-audit-entries';
import { listAuditedPatients } from '@/server/services/audit/list-audited-patients';
import { countUnknownSignInFailures } from '@/server/services/audit/count-unknown-sign-in-failures';
import { adminProcedure, createTrpcRouter, roleProcedure } from '@/server/trpc/init';
import { adminServiceOptions } from '@/server/trpc/service-options';

export const auditRouter = createTrpcRouter({
  list: adminProcedure.input(auditQuery).query(({ ctx, input }) => listAuditEntries(adminServiceOptions(ctx), input)),
  patients: adminProcedure.query(({ ctx }) => listAuditedPatients(adminServiceOptions(ctx))),
  /** The region administrator's daily count of failed sign-ins for unknown login IDs. */
  unknownSignIns: roleProcedure('regionAdmin').query(({ ctx }) => countUnknownSignInFailures(adminServiceOptions(ctx))),
});
