/** GET /api/audit/csv?loginId=…&patientId=…&action=…&from=…&to=…: the audit log as a CSV download. */
import 'server-only';
import { auditFilters } from '@/lib/schemas/audit';
import { japanDay } from '@/lib/time/japan-time';
import { exportAuditCsv } from '@/server/services/audit/export-audit-csv';
import { attachmentDisposition } from './content-disposition';
import { errorResponse, responseOfError, signedInRequest } from './signed-in-request';

export function handleAuditCsv(request: Request): Response {
  const signedIn = signedInRequest(request, { stateChanging: false });
  if (signedIn instanceof Response) return signedIn;
  const params = new URL(request.url).searchParams;
  const filters = auditFilters.safeParse(Object.fromEntries([...params].filter(([, value]) => value !== '')));
  if (!filters.success) return errorResponse('INVALID_INPUT');
  try {
    const { csv } = exportAuditCsv({ db: signedIn.db, admin: signedIn.user, audit: signedIn.audit }, filters.data);
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachmentDisposition(`audit-log-${japanDay(Date.now())}.csv`),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return responseOfError(error, 'audit csv');
  }
}
