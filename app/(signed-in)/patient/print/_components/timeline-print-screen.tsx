'use client';
/**
 * タイムラインの印刷: `/patient/print?id=…&from=…&to=…`. Above, the controls (the dates, Print,
 * the way back), which never print; below, the A4 sheet the browser prints, from this device's own
 * data, so it works offline as the forms' print views do.
 */
import { useSearchParams } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import type { PatientDoc } from '@/lib/schemas/patient';
import { BackLink } from '@/app/_components/back-link';
import { useI18n } from '@/app/_lib/i18n';
import { PatientGate } from '../../_components/patient-gate';
import { boundsOf, rangeOf, type PrintRange } from '../_lib/print-range';
import { printWhenLoaded } from '../_lib/print-when-loaded';
import { PrintedTimeline } from './printed-timeline';

export function TimelinePrintScreen() {
  return <PatientGate>{(patient) => <PrintPanel key={patient.id} patient={patient} />}</PatientGate>;
}

function PrintPanel({ patient }: { patient: PatientDoc }) {
  const { t } = useI18n();
  const params = useSearchParams();
  const [now] = useState(() => Date.now());
  const range = useMemo(() => rangeOf(params, now), [params, now]);
  const bounds = boundsOf(range);
  const sheet = useRef<HTMLDivElement>(null);
  const [printing, setPrinting] = useState(false);
  const change = (next: Partial<PrintRange>) => {
    const query = new URLSearchParams({ id: patient.id, ...range, ...next });
    // The history API, not the router: Next.js keeps useSearchParams in step without asking the
    // server for the page, which offline would mean a reload (and the lock screen).
    window.history.replaceState(null, '', `?${query.toString()}`);
  };
  return (
    <div className="stack timeline-print-screen">
      <div className="no-print stack">
        <BackLink href={`/patient?id=${patient.id}`}>{t('timelinePrint.back')}</BackLink>
        <h1>{t('timelinePrint.heading')}</h1>
        <div className="timeline-print-controls">
          <label>
            {t('timelinePrint.from')}
            <input
              type="date"
              value={range.from}
              max={range.to}
              onChange={(event) => event.target.value && change({ from: event.target.value })}
            />
          </label>
          <label>
            {t('timelinePrint.to')}
            <input
              type="date"
              value={range.to}
              min={range.from}
              onChange={(event) => event.target.value && change({ to: event.target.value })}
            />
          </label>
          <button
            type="button"
            className="button button-primary"
            disabled={!bounds || printing}
            onClick={() => {
              setPrinting(true);
              void printWhenLoaded(sheet.current ?? document).finally(() => setPrinting(false));
            }}
          >
            {printing ? t('timelinePrint.waitingForPhotos') : t('timelinePrint.print')}
          </button>
        </div>
        {bounds ? (
          <p className="hint">{t('timelinePrint.hint')}</p>
        ) : (
          <p className="alert alert-warning" role="alert">
            {t('timelinePrint.rangeInvalid')}
          </p>
        )}
      </div>
      <div ref={sheet}>{bounds && <PrintedTimeline patient={patient} range={range} bounds={bounds} />}</div>
    </div>
  );
}
