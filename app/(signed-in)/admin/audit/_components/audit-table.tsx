'use client';
/** Audit entries as a table, newest first; on a narrow screen each row reads as a card. */
import { isAuditAction } from '@/lib/domain/audit-actions';
import { formatDateTime } from '@/lib/i18n/format';
import type { AuditEntryView } from '@/lib/schemas/audit';
import { useI18n } from '@/app/_lib/i18n';

export function AuditTable({ rows }: { rows: AuditEntryView[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="audit-table-wrap">
      <table className="audit-table">
        <caption className="visually-hidden">{t('audit.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.column.time')}</th>
            <th scope="col">{t('audit.column.action')}</th>
            <th scope="col">{t('audit.column.user')}</th>
            <th scope="col">{t('audit.column.patient')}</th>
            <th scope="col">{t('audit.column.ip')}</th>
            <th scope="col">{t('audit.column.details')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.seq} data-outcome={row.outcome}>
              <td data-label={t('audit.column.time')}>
                <time dateTime={new Date(row.at).toISOString()}>{formatDateTime(row.at, locale)}</time>
              </td>
              <td data-label={t('audit.column.action')}>
                {isAuditAction(row.action) ? t(`auditAction.${row.action}`) : row.action}
                {row.outcome === 'failure' && <span className="badge badge-failure"> {t('audit.failure')}</span>}
              </td>
              <td data-label={t('audit.column.user')}>
                {row.userName ?? ''} <span className="hint">{row.loginId}</span>
                {row.facilityName && <div className="hint">{row.facilityName}</div>}
              </td>
              <td data-label={t('audit.column.patient')}>{row.patientName ?? ''}</td>
              <td data-label={t('audit.column.ip')}>{row.ip ?? ''}</td>
              <td data-label={t('audit.column.details')} className="audit-details">
                {row.details ?? ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
