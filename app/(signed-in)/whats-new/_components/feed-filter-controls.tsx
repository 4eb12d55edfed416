'use client';
/** What's new's filters: a category, and switches for private posts to me, photos, forms, my own patients. */
import { postCategories, type PostCategory } from '@/lib/domain/categories';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import type { FeedFilters } from '../_lib/build-feed';

const switches: Array<{ key: 'privateToMe' | 'photos' | 'forms' | 'ownedOnly'; label: MessageKey }> = [
  { key: 'privateToMe', label: 'whatsNew.privateToMe' },
  { key: 'photos', label: 'whatsNew.photos' },
  { key: 'forms', label: 'whatsNew.forms' },
  { key: 'ownedOnly', label: 'whatsNew.ownedOnly' },
];

export function FeedFilterControls({ value, onChange }: { value: FeedFilters; onChange: (next: FeedFilters) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="feed-filters">
      <legend>{t('whatsNew.filters')}</legend>
      <FormField className="field field-inline" id="whats-new-category" label={t('whatsNew.category')}>
        {(control) => (
          <select
            {...control}
            value={value.category ?? ''}
            onChange={(event) => onChange({ ...value, category: (event.target.value || null) as PostCategory | null })}
          >
            <option value="">{t('whatsNew.allCategories')}</option>
            {postCategories.map((category) => (
              <option key={category} value={category}>
                {t(`category.${category}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="chip-group">
        {switches.map(({ key, label }) => (
          <label key={key} className="chip" data-checked={value[key] || undefined}>
            <input type="checkbox" checked={value[key]} onChange={(event) => onChange({ ...value, [key]: event.target.checked })} />
            {t(label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
