/** Post categories (情報カテゴリー) and the colour each is shown with; per-region lists come later. */
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
