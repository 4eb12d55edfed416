'use client';
/** Thumbnails under the day they were taken; each opens the photo, or in compare mode is chosen or let go. */
import { useState } from 'react';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import { useImageSource, type ShownAttachment } from '@/app/(signed-in)/patient/_lib/use-attachments';
import { groupByDay } from '@/app/(signed-in)/patient/_lib/day-key';

interface Props {
  photos: ShownAttachment[];
  /** The photos chosen to compare, or null when not choosing. */
  chosen: readonly string[] | null;
  onPick: (id: string) => void;
}

export function PhotoGrid({ photos, chosen, onPick }: Props) {
  const { locale } = useI18n();
  return groupByDay(photos, (photo) => photo.createdAt).map(({ day, items }) => (
    <section key={day} className="gallery-day" aria-labelledby={`photos-${day}`}>
      <h2 className="day-separator" id={`photos-${day}`}>
        <span>{formatDate(items[0]?.createdAt ?? 0, locale)}</span>
      </h2>
      <ul className="photo-grid">
        {items.map((photo) => (
          <li key={photo.id}>
            <PhotoTile photo={photo} pressed={chosen ? chosen.includes(photo.id) : undefined} onClick={() => onPick(photo.id)} />
          </li>
        ))}
      </ul>
    </section>
  ));
}

function PhotoTile({ photo, pressed, onClick }: { photo: ShownAttachment; pressed: boolean | undefined; onClick: () => void }) {
  const { t, locale } = useI18n();
  const src = useImageSource(photo, 'thumb');
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const kind = t(`attachment.kind.${photo.kind}`);
  const label = t('attachment.photoAlt', { kind, date: formatDateTime(photo.createdAt, locale) });
  return (
    <button type="button" className="photo-tile" aria-pressed={pressed} onClick={onClick}>
      {src && failedSrc !== src ? (
        <img src={src} alt={label} loading="lazy" decoding="async" width={320} height={320} onError={() => setFailedSrc(src)} />
      ) : (
        <span className="photo-tile-missing">{label}</span>
      )}
      <span className="photo-tile-kind" aria-hidden="true">
        {kind}
      </span>
      {photo.source === 'outbox' && <span className="badge badge-pending">{t('post.notSent')}</span>}
    </button>
  );
}
