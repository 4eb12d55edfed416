/** Post categories (情報カテゴリー), the colour each is shown with, and a region's choice of them. */
export const postCategories = [
  'message',
  'handover',
  'vitals',
  'medication',
  'care',
  'clinical',
  'photo',
  'fax',
  'document',
  'report',
  'meeting',
] as const;
export type PostCategory = (typeof postCategories)[number];

/** Colours chosen to stay distinguishable for common colour-vision deficiencies; text labels always accompany them. */
export const categoryColours: Record<PostCategory, string> = {
  message: '#4a6fa5',
  handover: '#1f6f78',
  vitals: '#c0392b',
  medication: '#8e44ad',
  care: '#2e8b57',
  clinical: '#b35c00',
  photo: '#5d6d7e',
  fax: '#7f6a00',
  document: '#566573',
  report: '#1a5276',
  meeting: '#a04000',
};

export function isPostCategory(value: unknown): value is PostCategory {
  return typeof value === 'string' && (postCategories as readonly string[]).includes(value);
}

/**
 * A region's enabled categories in its order, from the stored JSON (regions.post_categories);
 * null, unreadable or empty: all of them, in the glossary's order.
 */
export function regionCategoriesOf(stored: string | null | undefined): PostCategory[] {
  if (!stored) return [...postCategories];
  try {
    const parsed: unknown = JSON.parse(stored);
    const list = Array.isArray(parsed) ? [...new Set(parsed.filter(isPostCategory))] : [];
    return list.length > 0 ? list : [...postCategories];
  } catch {
    return [...postCategories];
  }
}

/** The choices a composer offers: the region's list, plus a post's current category if the region has since disabled it. */
export function categoryChoices(enabled: readonly PostCategory[] | undefined, current?: PostCategory): PostCategory[] {
  const list = enabled && enabled.length > 0 ? [...enabled] : [...postCategories];
  return current && !list.includes(current) ? [...list, current] : list;
}
