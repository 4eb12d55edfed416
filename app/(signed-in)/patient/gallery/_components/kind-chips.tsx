'use client';
/** Which kind of photo the gallery shows, as a row of radio chips with how many there are of each. */
import { useId } from 'react';
import { photoKinds } from '@/lib/schemas/attachment';
import { useI18n } from '@/app/_lib/i18n';
import type { KindFilter } from '../_lib/photo-list';

const filters: readonly KindFilter[] = ['all', ...photoKinds];

export function KindChips({
  counts,
  value,
  onChange,
}: {
  counts: Record<KindFilter, number>;
  value: KindFilter;
  onChange: (kind: KindFilter) => void;
}) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="chip-group">
      <legend className="visually-hidden">{t('photos.filter')}</legend>
      {filters.map((kind) => (
        <label key={kind} className="chip">
          <input type="radio" name={name} value={kind} checked={value === kind} onChange={() => onChange(kind)} />
          {t('photos.filterOption', { label: kind === 'all' ? t('photos.filterAll') : t(`attachment.kind.${kind}`), count: counts[kind] })}
        </label>
      ))}
    </fieldset>
  );
}
