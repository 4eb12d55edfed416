'use client';
/** A vital-sign reading posted with a post: each value with its unit, the ones outside the usual range marked. */
import Link from 'next/link';
import { formatDateTime } from '@/lib/i18n/format';
import type { ObservationDoc } from '@/lib/schemas/observation';
import { useI18n } from '@/app/_lib/i18n';
import { useVitalValues } from '../_lib/vital-values';

export function VitalsCard({ reading }: { reading: ObservationDoc }) {
  const { t, locale } = useI18n();
  const values = useVitalValues(reading);
  return (
    <div className="vitals-card" data-withdrawn={reading.retractedAt !== null || undefined}>
      <p className="vitals-card-head">
        {t('vitals.reading', { time: formatDateTime(reading.measuredAt, locale) })}
        {reading.retractedAt !== null && <span className="badge">{t('vitals.withdrawn')}</span>}
      </p>
      <dl className="vitals-values">
        {values.map((value) => (
          <div key={value.key} data-outside={value.outside ?? undefined}>
            <dt>{value.label}</dt>
            <dd>
              {value.text}
              {value.outside && (
                <span className="vital-flag" title={t(value.outside === 'high' ? 'vitals.highLabel' : 'vitals.lowLabel')}>
                  {t(value.outside === 'high' ? 'vitals.high' : 'vitals.low')}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <Link href={`/patient/vitals?id=${reading.patientId}`} className="button button-small button-quiet">
        {t('vitals.openTrend')}
      </Link>
    </div>
  );
}
