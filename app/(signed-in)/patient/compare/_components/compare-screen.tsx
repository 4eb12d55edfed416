'use client';
/**
 * 写真の比較: `/patient/compare?id=…&a=…&b=…`, two photos of a patient side by side, the earlier
 * first, with the days between them, zooming and panning together — a wound followed week by week,
 * with each photo's DESIGN-R®2020 score beside it and the total over time below.
 */
import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useId, useMemo, useState } from 'react';
import type { PatientDoc } from '@/lib/schemas/patient';
import { useI18n } from '@/app/_lib/i18n';
import { PatientGate } from '@/app/(signed-in)/patient/_components/patient-gate';
import { daysApart } from '@/app/(signed-in)/patient/_lib/days-apart';
import { fitView, maxScale, minScale, zoomAt, type View } from '@/app/(signed-in)/patient/_lib/photo-gestures';
import { isPhoto, usePatientAttachments, type ShownAttachment } from '@/app/(signed-in)/patient/_lib/use-attachments';
import { useWoundScores } from '@/app/(signed-in)/patient/_lib/use-wound-scores';
import { ComparePane } from './compare-pane';
import { PhotoScore, WoundTotals } from './compare-scores';

export function CompareScreen() {
  return <PatientGate>{(patient) => <ComparePanel key={patient.id} patient={patient} />}</PatientGate>;
}

/** The two photos the link names, earlier first; null unless both are this patient's photos on this device. */
function pairOf(attachments: ShownAttachment[], a: string | null, b: string | null): [ShownAttachment, ShownAttachment] | null {
  const find = (id: string | null) => (id ? attachments.find((attachment) => attachment.id === id && isPhoto(attachment)) : undefined);
  const first = find(a);
  const second = find(b);
  if (!first || !second) return null;
  return first.createdAt <= second.createdAt ? [first, second] : [second, first];
}

function ComparePanel({ patient }: { patient: PatientDoc }) {
  const { t } = useI18n();
  const params = useSearchParams();
  const attachments = usePatientAttachments(patient.id);
  const scores = useWoundScores(patient.id);
  const [view, setView] = useState<View>(fitView);
  const zoomId = useId();
  const pair = useMemo(() => (attachments ? pairOf(attachments, params.get('a'), params.get('b')) : null), [attachments, params]);
  const galleryHref = `/patient/gallery?id=${patient.id}`;

  function laterNote(earlier: ShownAttachment, later: ShownAttachment): string {
    const days = daysApart(earlier.createdAt, later.createdAt);
    if (days === 0) return t('photos.compare.sameDay');
    return days === 1 ? t('photos.compare.dayLater') : t('photos.compare.daysLater', { count: days });
  }

  return (
    <div className="stack">
      <nav aria-label={t('nav.breadcrumb')} className="row">
        <Link href={`/patient?id=${patient.id}`} className="back-link">
          {t('team.backToTimeline', { name: patient.name })}
        </Link>
        <Link href={galleryHref} className="back-link">
          {t('photos.title', { name: patient.name })}
        </Link>
      </nav>
      <h1>{t('photos.compare.title', { name: patient.name })}</h1>
      {attachments === undefined ? (
        <p className="hint" role="status">
          {t('common.loading')}
        </p>
      ) : !pair ? (
        <>
          <p className="alert alert-warning" role="alert">
            {t('photos.compare.missing')}
          </p>
          <p>
            <Link href={galleryHref} className="button">
              {t('photos.compare.pick')}
            </Link>
          </p>
        </>
      ) : (
        <>
          <div className="compare-controls">
            <label htmlFor={zoomId}>{t('photos.compare.zoom')}</label>
            <input
              id={zoomId}
              type="range"
              min={minScale}
              max={maxScale}
              step={0.1}
              value={view.scale}
              aria-valuetext={`${view.scale.toFixed(1)}×`}
              onChange={(event) => setView((shown) => zoomAt(shown, Number(event.target.value), { x: 0, y: 0 }))}
            />
            <button type="button" className="button" onClick={() => setView(fitView)}>
              {t('photos.viewer.fit')}
            </button>
            <Link href={galleryHref} className="button">
              {t('photos.compare.pickOther')}
            </Link>
          </div>
          <div className="compare-grid">
            <ComparePane photo={pair[0]} note={null} view={view} onViewChange={setView} />
            <ComparePane photo={pair[1]} note={laterNote(pair[0], pair[1])} view={view} onViewChange={setView} />
          </div>
          <div className="compare-grid compare-scores">
            <PhotoScore scores={scores} attachmentId={pair[0].id} />
            <PhotoScore scores={scores} attachmentId={pair[1].id} />
          </div>
          <WoundTotals scores={scores ?? []} compared={[pair[0].id, pair[1].id]} />
        </>
      )}
    </div>
  );
}
