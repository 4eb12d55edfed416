/** The language switch. */
export const jaLang = {
  'lang.label': '表示言語',
  'lang.ja': '日本語',
  'lang.en': 'English',
} as const;
