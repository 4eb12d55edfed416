'use client';
/** A post's category: always its name, with its colour as a second cue. */
import type { CSSProperties } from 'react';
import { categoryColours, type PostCategory } from '@/lib/domain/categories';
import { useI18n } from '@/app/_lib/i18n';

export function CategoryChip({ category }: { category: PostCategory }) {
  const { t } = useI18n();
  return (
    <span className="category-chip" style={{ '--chip': categoryColours[category] } as CSSProperties}>
      <span className="category-dot" aria-hidden="true" />
      {t(`category.${category}`)}
    </span>
  );
}
