'use client';
/** The region's post categories: each on or off, and moved up or down with buttons (no dragging needed). */
import type { PostCategory } from '@/lib/domain/categories';
import { ErrorAlert } from '@/app/_components/error-alert';
import { useI18n } from '@/app/_lib/i18n';

export interface CategoryChoice {
  category: PostCategory;
  enabled: boolean;
}

export function CategoryOrder({
  choices,
  onChange,
  problem,
}: {
  choices: CategoryChoice[];
  onChange: (next: CategoryChoice[]) => void;
  problem: string | null;
}) {
  const { t } = useI18n();
  const move = (index: number, by: -1 | 1) => {
    const next = [...choices];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  const toggle = (index: number, enabled: boolean) =>
    onChange(choices.map((choice, at) => (at === index ? { ...choice, enabled } : choice)));
  return (
    <fieldset className="card choice-group" aria-describedby="categories-hint" aria-invalid={problem ? true : undefined}>
      <legend>{t('settings.categories')}</legend>
      <p className="hint" id="categories-hint">
        {t('settings.categoriesHint')}
      </p>
      <ol className="category-order">
        {choices.map((choice, index) => {
          const name = t(`category.${choice.category}`);
          return (
            <li key={choice.category} className="category-order-row">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={choice.enabled}
                  onChange={(event) => toggle(index, event.target.checked)}
                  aria-label={t('settings.categoryEnabled', { category: name })}
                />
                {name}
              </label>
              <span className="row">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={t('settings.moveUp', { category: name })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => move(index, 1)}
                  disabled={index === choices.length - 1}
                  aria-label={t('settings.moveDown', { category: name })}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <ErrorAlert inline>{problem}</ErrorAlert>
    </fieldset>
  );
}
