/**
 * The audit log as CSV for the same administrators and filters as the viewer: UTF-8 with a byte
 * order mark (so Excel in Japan reads it), CRLF, every field quoted, times in Japan's time zone,
 * headers in the administrator's language. The export itself is written to the log.
 */
import 'server-only';
import type { AuditFilters } from '@/lib/schemas/audit';
import { translate, type MessageKey } from '@/lib/i18n/catalogue';
import { defaultLocale } from '@/lib/i18n/locales';
import { japanIsoTime } from '@/lib/time/japan-time';
import { audit } from '@/server/audit/audit';
import type { AdminServiceOptions } from '@/server/services/service-options';
import { auditConditions, filtersOf, selectAuditEntries } from './select-audit-entries';

/** More than a municipality's year of visits; beyond it, narrow the dates. */
export const maxCsvRows = 100_000;

const columns = ['seq', 'time', 'action', 'outcome', 'loginId', 'user', 'facility', 'patient', 'ip', 'userAgent', 'details'] as const;

function quoted(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet: keep it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function exportAuditCsv(options: AdminServiceOptions, filters: AuditFilters): { csv: string; rows: number } {
  const { db, admin } = options;
  const locale = admin.locale ?? defaultLocale;
  const entries = selectAuditEntries(db, auditConditions(admin, filters), maxCsvRows);
  const header = columns.map((column) => quoted(translate(locale, `audit.column.${column}` as MessageKey))).join(',');
  const lines = entries.map((entry) =>
    [
      entry.seq,
      japanIsoTime(entry.at),
      entry.action,
      entry.outcome,
      entry.loginId,
      entry.userName,
      entry.facilityName,
      entry.patientName ?? entry.patientId,
      entry.ip,
      entry.userAgent,
      entry.details,
    ]
      .map(quoted)
      .join(','),
  );
  audit(options, 'audit.exported', { details: { ...filtersOf(filters), rows: entries.length } }, db);
  return { csv: `\uFEFF${[header, ...lines].join('\r\n')}\r\n`, rows: entries.length };
}
