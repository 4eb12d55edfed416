/** The audit log for facility and region administrators (the CSV comes from /api/audit/csv). */
import 'server-only';
import { auditQuery } from '@/lib/schemas/audit';
import { listAuditEntries } from '@/server/services/audit/list-audit-entries';
import { listAuditedPatients } from '@/server/services/audit/list-audited-patients';
import { adminProcedure, createTrpcRouter } from '@/server/trpc/init';
import { adminServiceOptions } from '@/server/trpc/service-options';

export const auditRouter = createTrpcRouter({
  list: adminProcedure.input(auditQuery).query(({ ctx, input }) => listAuditEntries(adminServiceOptions(ctx), input)),
  patients: adminProcedure.query(({ ctx }) => listAuditedPatients(adminServiceOptions(ctx))),
});
