/** Dates and times in the user's locale (Gregorian; 和暦 is not needed), in Japan's time zone. */
import type { Locale } from './locales';

const intlLocale: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };
export const displayTimeZone = 'Asia/Tokyo';

export function formatDateTime(value: Date | number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: displayTimeZone,
  }).format(value);
}

export function formatDate(value: Date | number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: displayTimeZone }).format(value);
}

export function formatTime(value: Date | number, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeStyle: 'short', timeZone: displayTimeZone }).format(value);
}
