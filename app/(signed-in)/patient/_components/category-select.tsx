'use client';
/**
 * Choosing a post category, by name (the colour follows on the post itself). The composer offers
 * the region's categories in its order; a post whose category the region has since turned off
 * keeps it as a choice while it is edited. The filter lists every category: old posts may have any.
 */
import { categoryChoices, postCategories, type PostCategory } from '@/lib/domain/categories';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';

export function CategorySelect({
  id,
  value,
  onChange,
  enabled,
}: {
  id: string;
  value: PostCategory;
  onChange: (category: PostCategory) => void;
  enabled: readonly PostCategory[] | undefined;
}) {
  const { t } = useI18n();
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value as PostCategory)}>
      {categoryChoices(enabled, value).map((category) => (
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
    <FormField className="field field-inline" id="timeline-filter" label={t('timeline.filter')}>
      {(control) => (
        <select {...control} value={value ?? ''} onChange={(event) => onChange((event.target.value || null) as PostCategory | null)}>
          <option value="">{t('timeline.filterAll')}</option>
          {postCategories.map((category) => (
            <option key={category} value={category}>
              {t(`category.${category}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
