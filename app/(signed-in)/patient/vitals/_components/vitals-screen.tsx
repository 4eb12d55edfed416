'use client';
/**
 * バイタル: `/patient/vitals?id=…`, recording a reading (on a tablet at the bedside, offline) and
 * the trends of the last two weeks, three months or all, charts beside a table — the same on the
 * doctor's PC, from the same synced readings.
 */
import { useMemo, useState } from 'react';
import type { PatientDoc } from '@/lib/schemas/patient';
import { useI18n } from '@/app/_lib/i18n';
import { BackToTimeline } from '@/app/(signed-in)/patient/_components/back-to-timeline';
import { PatientGate } from '@/app/(signed-in)/patient/_components/patient-gate';
import { usePatientObservations } from '@/app/(signed-in)/patient/_lib/use-observations';
import { RadioGroup } from '@/app/(signed-in)/patient/form/_components/choice-controls';
import { chartRanges, timeDomain, type ChartRange } from '../_lib/chart-scale';
import { VitalsCharts } from './vitals-charts';
import { VitalsEntry } from './vitals-entry';
import { VitalsTable } from './vitals-table';

export function VitalsScreen() {
  return <PatientGate>{(patient) => <VitalsPanel key={patient.id} patient={patient} />}</PatientGate>;
}

function VitalsPanel({ patient }: { patient: PatientDoc }) {
  const { t } = useI18n();
  const readings = usePatientObservations(patient.id, 'vitals');
  const [range, setRange] = useState<ChartRange>('twoWeeks');
  const writable = patient.archivedAt === null;
  // The period ends now; it moves on when the screen re-renders (a new reading, another range).
  const now = Date.now();
  const live = useMemo(() => (readings ?? []).filter((reading) => reading.retractedAt === null), [readings]);
  const domain = timeDomain(
    range,
    live.map((reading) => reading.measuredAt),
    now,
  );
  const shown = live.filter((reading) => reading.measuredAt >= domain[0]);
  const listed = (readings ?? []).filter((reading) => reading.measuredAt >= domain[0]);

  return (
    <div className="stack vitals-screen">
      <BackToTimeline patient={patient} />
      <h1>{t('vitals.title', { name: patient.name })}</h1>
      {writable && <VitalsEntry patientId={patient.id} />}
      <section className="card" aria-labelledby="vitals-trends">
        <h2 id="vitals-trends">{t('vitals.charts')}</h2>
        <RadioGroup
          clearable={false}
          id="vitals-range"
          legend={t('vitals.range')}
          options={[...chartRanges]}
          labelOf={(option) => t(`vitals.range.${option as ChartRange}`)}
          value={range}
          onChange={(value) => setRange((value as ChartRange | null) ?? 'twoWeeks')}
        />
        {readings === undefined ? (
          <p className="hint" role="status">
            {t('common.loading')}
          </p>
        ) : readings.length === 0 ? (
          <p className="hint">{t('vitals.noneYet')}</p>
        ) : shown.length === 0 ? (
          <p className="hint">{t('vitals.none')}</p>
        ) : (
          <div className="vitals-trends">
            <VitalsCharts readings={shown} domain={domain} />
            <VitalsTable readings={listed} writable={writable} />
          </div>
        )}
      </section>
    </div>
  );
}
