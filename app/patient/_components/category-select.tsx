'use client';
/** Choosing a post category, by name (the colour follows on the post itself). */
import { postCategories, type PostCategory } from '@/lib/domain/categories';
import { useI18n } from '@/app/_lib/i18n';

export function CategorySelect({ id, value, onChange }: { id: string; value: PostCategory; onChange: (category: PostCategory) => void }) {
  const { t } = useI18n();
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value as PostCategory)}>
      {postCategories.map((category) => (
        <option key={category} value={category}>
          {t(`category.${category}`)}
        </option>
      ))}
    </select>
  );
}

export function CategoryFilter({ value, onChange }: { value: PostCategory | null; onChange: (category: PostCategory | null) => void }) {
  const { t } = useI18n();
  return (
    <div className="field field-inline">
      <label htmlFor="timeline-filter">{t('timeline.filter')}</label>
      <select id="timeline-filter" value={value ?? ''} onChange={(event) => onChange((event.target.value || null) as PostCategory | null)}>
        <option value="">{t('timeline.filterAll')}</option>
        {postCategories.map((category) => (
          <option key={category} value={category}>
            {t(`category.${category}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
