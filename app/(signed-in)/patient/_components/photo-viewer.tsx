'use client';
/**
 * One photo at a time, full screen: pinch or wheel to zoom, swipe or arrow keys to the next, who
 * took it and when, and for FAX and notebook pages the server's easy-to-read black-and-white copy.
 */
import { useDirectory } from '@/app/_lib/offline/directory';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { attachmentUrl } from '@/lib/schemas/attachment';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import { fitView, wrapIndex, zoomAt, type View } from '../_lib/photo-gestures';
import { hasLegible, largeVariant } from '../_lib/photo-variant';
import { useImageSource, type ShownAttachment } from '../_lib/use-attachments';
import { scoresOfPhoto, useWoundScores } from '../_lib/use-wound-scores';
import { designRNotation } from '@/lib/wounds/design-r';
import { DesignRDialog } from './design-r-dialog';
import { ZoomablePhoto } from './zoomable-photo';

interface Props {
  attachments: ShownAttachment[];
  startId: string;
  onClose: () => void;
  /** The conversation about these photos (their post's comments, and a box to add one), beside them. */
  discussion?: { count: number; content: ReactNode };
  /** Wound photos may be given a DESIGN-R®2020 score (not for an archived patient). */
  canScore?: boolean;
}

const zoomStep = 1.5;
const centre = { x: 0, y: 0 };

export function PhotoViewer({ attachments, startId, onClose, discussion, canScore = false }: Props) {
  const { t, locale } = useI18n();
  const directory = useDirectory();
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const howToId = useId();
  const [currentId, setCurrentId] = useState(startId);
  const [legible, setLegible] = useState(false);
  const [view, setView] = useState<View>(fitView);
  const [scoring, setScoring] = useState(false);
  // By id, not index: a photo synced in meanwhile must not change the one being looked at.
  const index = Math.max(
    0,
    attachments.findIndex((attachment) => attachment.id === currentId),
  );
  const current = attachments[index];
  const total = attachments.length;
  const scores = useWoundScores(current?.patientId ?? '');
  const photoScores = current ? scoresOfPhoto(scores, current.id) : [];
  const latestScore = photoScores.at(-1);

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    closeButton.current?.focus();
  }, []);

  function go(step: number) {
    const next = attachments[wrapIndex(index + step, total)];
    if (!next || next.id === current?.id) return;
    setCurrentId(next.id);
    setView(fitView);
  }
  const zoomBy = (factor: number) => setView((shown) => zoomAt(shown, shown.scale * factor, centre));

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => go(-1),
      ArrowRight: () => go(1),
      '+': () => zoomBy(zoomStep),
      '=': () => zoomBy(zoomStep),
      '-': () => zoomBy(1 / zoomStep),
      '0': () => setView(fitView),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  const uploader = current ? (directory.get(current.uploadedBy)?.displayName ?? t('person.unknown')) : '';
  return (
    <dialog
      ref={dialog}
      className="photo-viewer"
      aria-label={t('photos.viewer.label')}
      aria-describedby={howToId}
      // React passes a nested dialog's close (the DESIGN-R score, a comment's confirmation) up the
      // tree: only the viewer's own close closes the viewer.
      onClose={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      onKeyDown={onKeyDown}
    >
      <div className="photo-viewer-bar">
        {current && (
          <p className="photo-viewer-meta" aria-live="polite">
            <span className="photo-viewer-count">{t('photos.viewer.counter', { index: index + 1, total })}</span>
            <span className="photo-viewer-kind">{t(`attachment.kind.${current.kind}`)}</span>
            <time dateTime={new Date(current.createdAt).toISOString()}>{formatDateTime(current.createdAt, locale)}</time>
            <span>{uploader}</span>
            {current.source === 'outbox' && <span className="badge badge-pending">{t('post.notSent')}</span>}
            {latestScore && (
              <span className="badge design-r-badge">
                {t('designR.title')} {designRNotation(latestScore.woundScore)}
                {latestScore.woundScore.site && ` · ${latestScore.woundScore.site}`}
              </span>
            )}
          </p>
        )}
        <button
          ref={closeButton}
          type="button"
          className="button photo-viewer-close"
          // Gone at once, not when the dialog's close event comes round (a later task): the viewer's
          // content, its comments too, must not linger in the post once it is closed.
          onClick={() => {
            dialog.current?.close();
            onClose();
          }}
        >
          {t('common.close')}
        </button>
      </div>
      <p id={howToId} className="visually-hidden">
        {t('photos.viewer.howTo')}
      </p>
      {current && (
        <ViewerPhoto
          key={current.id}
          attachment={current}
          legible={legible}
          view={view}
          onViewChange={setView}
          onSwipe={total > 1 ? (direction) => go(direction === 'next' ? 1 : -1) : undefined}
        />
      )}
      <div className="photo-viewer-tools">
        <button type="button" className="button" onClick={() => go(-1)} disabled={total < 2}>
          <span aria-hidden="true">‹</span> {t('photos.viewer.previous')}
        </button>
        <div className="photo-viewer-zoom">
          {/* Never disabled nor hidden as the zoom changes: the focus would fall out of the dialog. */}
          <button type="button" className="button" aria-label={t('photos.viewer.zoomOut')} onClick={() => zoomBy(1 / zoomStep)}>
            −
          </button>
          <button type="button" className="button" aria-label={t('photos.viewer.zoomIn')} onClick={() => zoomBy(zoomStep)}>
            +
          </button>
          <button type="button" className="button" onClick={() => setView(fitView)}>
            {t('photos.viewer.fit')}
          </button>
          {current && hasLegible(current) && (
            <button type="button" className="button" aria-pressed={legible} onClick={() => setLegible((on) => !on)}>
              {t('photos.viewer.legible')}
            </button>
          )}
          {canScore && current?.kind === 'wound' && (
            <button type="button" className="button" onClick={() => setScoring(true)}>
              {t('designR.record')}
            </button>
          )}
          {current?.source === 'server' && current.variants.includes('original') && (
            <a className="button" href={attachmentUrl(current.id, 'original')} target="_blank" rel="noopener">
              {t('photos.viewer.original')}
            </a>
          )}
        </div>
        <button type="button" className="button" onClick={() => go(1)} disabled={total < 2}>
          {t('photos.viewer.next')} <span aria-hidden="true">›</span>
        </button>
      </div>
      {scoring && current && (
        <DesignRDialog
          photo={current}
          site={latestScore?.woundScore.site ?? scores?.at(-1)?.woundScore.site ?? ''}
          onClose={() => setScoring(false)}
        />
      )}
      {discussion && (
        <details className="photo-viewer-discussion">
          <summary>{t('photos.viewer.comments', { count: discussion.count })}</summary>
          {discussion.content}
        </details>
      )}
    </dialog>
  );
}

function ViewerPhoto({
  attachment,
  legible,
  view,
  onViewChange,
  onSwipe,
}: {
  attachment: ShownAttachment;
  legible: boolean;
  view: View;
  onViewChange: (view: View) => void;
  onSwipe: ((direction: 'next' | 'previous') => void) | undefined;
}) {
  const { t, locale } = useI18n();
  const src = useImageSource(attachment, largeVariant(attachment, legible));
  const alt = t('attachment.photoAlt', {
    kind: t(`attachment.kind.${attachment.kind}`),
    date: formatDateTime(attachment.createdAt, locale),
  });
  return (
    <ZoomablePhoto
      src={src}
      alt={alt}
      size={{ width: attachment.width, height: attachment.height }}
      view={view}
      onViewChange={onViewChange}
      onSwipe={onSwipe}
      unavailable={attachment.source === 'outbox' ? t('attachment.cannotShow') : t('photos.viewer.cannotLoad')}
    />
  );
}
