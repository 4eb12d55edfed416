'use client';
/** One of the two compared photos, with its kind, date and, for the later one, how long after. */
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import { ZoomablePhoto } from '@/app/(signed-in)/patient/_components/zoomable-photo';
import type { View } from '@/app/(signed-in)/patient/_lib/photo-gestures';
import { largeVariant } from '@/app/(signed-in)/patient/_lib/photo-variant';
import { useImageSource, type ShownAttachment } from '@/app/(signed-in)/patient/_lib/use-attachments';

interface Props {
  photo: ShownAttachment;
  /** "14 days later" under the later photo. */
  note: string | null;
  view: View;
  onViewChange: (view: View) => void;
}

export function ComparePane({ photo, note, view, onViewChange }: Props) {
  const { t, locale } = useI18n();
  const src = useImageSource(photo, largeVariant(photo, false));
  const kind = t(`attachment.kind.${photo.kind}`);
  const date = formatDateTime(photo.createdAt, locale);
  return (
    <figure className="compare-pane">
      <ZoomablePhoto
        src={src}
        alt={t('attachment.photoAlt', { kind, date })}
        size={{ width: photo.width, height: photo.height }}
        view={view}
        onViewChange={onViewChange}
        unavailable={photo.source === 'outbox' ? t('attachment.cannotShow') : t('photos.viewer.cannotLoad')}
        wheelNeedsCtrl
      />
      <figcaption>
        {note && <strong className="compare-note">{note}</strong>}
        <span>{kind}</span>
        <time dateTime={new Date(photo.createdAt).toISOString()}>{date}</time>
        {photo.source === 'outbox' && <span className="badge badge-pending">{t('post.notSent')}</span>}
      </figcaption>
    </figure>
  );
}
