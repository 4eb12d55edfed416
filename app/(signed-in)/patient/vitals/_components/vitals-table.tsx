'use client';
/** Every reading of the period, newest first, beside the charts: the values for those who cannot see them. */
import { formatDateTime } from '@/lib/i18n/format';
import { isPendingSync } from '@/lib/offline/mutators';
import { withdrawObservation } from '@/lib/offline/record-mutators';
import type { ObservationDoc } from '@/lib/schemas/observation';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { PersonName } from '@/app/(signed-in)/patient/_components/person-name';
import { useVitalValues } from '@/app/(signed-in)/patient/_lib/vital-values';

const columns = ['temperature', 'bp', 'pulse', 'rr', 'spo2', 'weight'] as const;

export function VitalsTable({ readings, writable }: { readings: ObservationDoc[]; writable: boolean }) {
  const { t } = useI18n();
  const heads = {
    temperature: t('vitals.measure.temperature'),
    bp: t('vitals.bloodPressure'),
    pulse: t('vitals.measure.pulse'),
    rr: t('vitals.measure.respiratoryRate'),
    spo2: t('vitals.measure.spo2'),
    weight: t('vitals.measure.weight'),
  };
  return (
    <div className="vitals-table-wrap">
      <table className="vitals-table">
        <caption>{t('vitals.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('vitals.table.time')}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {heads[column]}
              </th>
            ))}
            <th scope="col">{t('vitals.table.by')}</th>
          </tr>
        </thead>
        <tbody>
          {[...readings].reverse().map((reading) => (
            <ReadingRow key={reading.id} reading={reading} writable={writable} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReadingRow({ reading, writable }: { reading: ObservationDoc; writable: boolean }) {
  const { t, locale } = useI18n();
  const { writer, db, me } = useOffline();
  const values = new Map(useVitalValues(reading).map((value) => [value.key, value]));
  const withdrawn = reading.retractedAt !== null;
  return (
    <tr data-withdrawn={withdrawn || undefined}>
      <th scope="row">
        {formatDateTime(reading.measuredAt, locale)}
        {isPendingSync(reading) && <span className="badge badge-pending">{t('post.notSent')}</span>}
        {withdrawn && <span className="badge">{t('vitals.withdrawn')}</span>}
      </th>
      {columns.map((column) => {
        const value = values.get(column);
        return (
          <td key={column} data-outside={value?.outside ?? undefined}>
            {value?.text ?? ''}
            {value?.outside && <span className="vital-flag">{t(value.outside === 'high' ? 'vitals.high' : 'vitals.low')}</span>}
          </td>
        );
      })}
      <td>
        <PersonName userId={reading.authorId} detail={false} />
        {writable && !withdrawn && reading.authorId === me.id && (
          <ConfirmButton
            className="button button-small button-quiet"
            label={t('vitals.withdraw')}
            question={t('vitals.withdrawConfirm')}
            onConfirm={() => {
              if (!writer || !db) return;
              void db.observations
                .findOne(reading.id)
                .exec()
                .then((doc) => doc && withdrawObservation(writer, doc));
            }}
          />
        )}
      </td>
    </tr>
  );
}
