'use client';
/** 写真一覧: every photo of a patient on this device, newest first, to look through or to pick two to compare. */
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import type { PatientDoc } from '@/lib/schemas/patient';
import { useI18n } from '@/app/_lib/i18n';
import { PatientGate } from '@/app/(signed-in)/patient/_components/patient-gate';
import { LazyPhotoViewer } from '@/app/(signed-in)/patient/_components/lazy-photo-viewer';
import { isPhoto, usePatientAttachments } from '@/app/(signed-in)/patient/_lib/use-attachments';
import { countByKind, newestFirst, ofKind, toggleChoice, type KindFilter } from '../_lib/photo-list';
import { DocumentList } from './document-list';
import { KindChips } from './kind-chips';
import { PhotoGrid } from './photo-grid';
import { BackToTimeline } from '@/app/(signed-in)/patient/_components/back-to-timeline';

export function GalleryScreen() {
  return <PatientGate>{(patient) => <GalleryPanel key={patient.id} patient={patient} />}</PatientGate>;
}

function compareUrl(patientId: string, a: string, b: string): string {
  return `/patient/compare?${new URLSearchParams({ id: patientId, a, b })}`;
}

function GalleryPanel({ patient }: { patient: PatientDoc }) {
  const { t } = useI18n();
  const router = useRouter();
  const attachments = usePatientAttachments(patient.id);
  const [kind, setKind] = useState<KindFilter>('all');
  const [viewing, setViewing] = useState<string | null>(null);
  const [comparing, setComparing] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const photos = useMemo(() => newestFirst((attachments ?? []).filter(isPhoto)), [attachments]);
  const documents = useMemo(() => newestFirst((attachments ?? []).filter((attachment) => !isPhoto(attachment))), [attachments]);
  const shown = useMemo(() => ofKind(photos, kind), [photos, kind]);
  const [first, second] = chosen;

  return (
    <div className="stack">
      <BackToTimeline patient={patient} />
      <h1>{t('photos.title', { name: patient.name })}</h1>
      {attachments === undefined ? (
        <p className="hint" role="status">
          {t('common.loading')}
        </p>
      ) : photos.length === 0 ? (
        <p className="alert alert-info">{t('photos.empty')}</p>
      ) : (
        <>
          <div className="gallery-toolbar">
            <KindChips counts={countByKind(photos)} value={kind} onChange={setKind} />
            <button type="button" className="button" aria-pressed={comparing} onClick={() => setComparing((on) => !on)}>
              {t('photos.compareMode')}
            </button>
          </div>
          {shown.length === 0 ? (
            <p className="hint">{t('photos.noneOfKind')}</p>
          ) : (
            <PhotoGrid
              photos={shown}
              chosen={comparing ? chosen : null}
              onPick={(id) => (comparing ? setChosen((ids) => toggleChoice(ids, id)) : setViewing(id))}
            />
          )}
          {/* After the grid, and kept in view at the bottom while choosing. */}
          {comparing && (
            <div className="compare-bar">
              <p role="status">{t('photos.compareHint', { count: chosen.length })}</p>
              <button
                type="button"
                className="button button-primary"
                disabled={!first || !second}
                onClick={() => first && second && router.push(compareUrl(patient.id, first, second))}
              >
                {t('photos.compareTwo')}
              </button>
            </div>
          )}
        </>
      )}
      {documents.length > 0 && <DocumentList documents={documents} />}
      {viewing && (
        <LazyPhotoViewer attachments={shown} startId={viewing} onClose={() => setViewing(null)} canScore={patient.archivedAt === null} />
      )}
    </div>
  );
}
