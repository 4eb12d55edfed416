/** The calendar day (in Japan's time zone) a moment falls on, to put day separators in a timeline. */
import { displayTimeZone } from '@/lib/i18n/format';

// One formatter for every post: building an Intl.DateTimeFormat per call is slow.
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: displayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

export function dayKeyOf(moment: number): string {
  return dayFormat.format(moment);
}
