/** Dates and times in the user's locale (Gregorian; 和暦 is not needed), in Japan's time zone. */
import type { Locale } from './locales';

const intlLocale: Record<Locale, string> = { ja: 'ja-JP', en: 'en-GB' };
export const displayTimeZone = 'Asia/Tokyo';

type Style = 'dateTime' | 'date' | 'time' | 'month';

const styles: Record<Style, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short', timeZone: displayTimeZone },
  date: { dateStyle: 'long', timeZone: displayTimeZone },
  time: { timeStyle: 'short', timeZone: displayTimeZone },
  month: { year: 'numeric', month: 'long', timeZone: displayTimeZone },
};

// Building an Intl.DateTimeFormat is slow (a timeline formats several per post): build each once.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: Locale, style: Style): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocale[locale], styles[style]);
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDateTime(value: Date | number, locale: Locale): string {
  return formatterFor(locale, 'dateTime').format(value);
}

export function formatDate(value: Date | number, locale: Locale): string {
  return formatterFor(locale, 'date').format(value);
}

export function formatTime(value: Date | number, locale: Locale): string {
  return formatterFor(locale, 'time').format(value);
}

/** A month (2026年11月, November 2026). */
export function formatMonth(value: Date | number, locale: Locale): string {
  return formatterFor(locale, 'month').format(value);
}
