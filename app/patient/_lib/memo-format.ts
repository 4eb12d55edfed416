/**
 * Remembers formatted dates and times: a timeline formats two per post on every render, and each
 * call of lib/i18n/format builds a new Intl.DateTimeFormat, which is slow on a tablet.
 */
import { formatDate, formatDateTime, formatTime } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

type Format = (value: number, locale: Locale) => string;

const maxEntries = 5000;

function remembered(format: (value: Date | number, locale: Locale) => string): Format {
  const cache = new Map<string, string>();
  return (value, locale) => {
    const key = `${locale}:${value}`;
    let text = cache.get(key);
    if (text === undefined) {
      text = format(value, locale);
      if (cache.size >= maxEntries) cache.clear();
      cache.set(key, text);
    }
    return text;
  };
}

export const timeOf = remembered(formatTime);
export const dateTimeOf = remembered(formatDateTime);
export const dateOf = remembered(formatDate);
