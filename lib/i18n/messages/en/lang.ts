/** The language switch. */
import type { Messages } from '../../catalogue';
import type { jaLang } from '../ja/lang';

export const enLang: Messages<typeof jaLang> = {
  'lang.label': 'Language',
  'lang.ja': '日本語',
  'lang.en': 'English',
};
