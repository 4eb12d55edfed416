'use client';
/**
 * For a region administrator: failed sign-ins for login IDs that name no account, per day. They
 * belong to no facility, so the log's other entries never show them; a rising count is someone
 * trying login IDs.
 */
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { formatDate } from '@/lib/i18n/format';
import { japanDate } from '@/lib/time/japan-time';

export function UnknownSignIns({ online }: { online: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const headingId = useId();
  const days = useQuery(trpc.audit.unknownSignIns.queryOptions(undefined, { enabled: online }));
  if (!days.data) return null;
  const withFailures = days.data.filter((day) => day.count > 0);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('audit.unknownTitle')}</h2>
      <p className="hint">{t('audit.unknownLead', { days: days.data.length })}</p>
      {withFailures.length === 0 ? (
        <p>{t('audit.unknownNone', { days: days.data.length })}</p>
      ) : (
        <table className="hand-over-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.unknownDay')}</th>
              <th scope="col">{t('audit.unknownCount')}</th>
            </tr>
          </thead>
          <tbody>
            {withFailures.map((day) => (
              <tr key={day.day}>
                <th scope="row">{formatDate(japanDate(day.day, '12:00:00'), locale)}</th>
                <td>{day.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
