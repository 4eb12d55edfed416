import { handleAuditCsv } from '@/server/http/audit-csv-handler';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Response {
  return handleAuditCsv(request);
}
