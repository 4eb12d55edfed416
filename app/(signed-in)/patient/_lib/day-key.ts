/** The calendar day (in Japan's time zone) a moment falls on, to put day separators in a timeline. */
import { displayTimeZone } from '@/lib/i18n/format';

// One formatter for every post: building an Intl.DateTimeFormat per call is slow.
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: displayTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

export function dayKeyOf(moment: number): string {
  return dayFormat.format(moment);
}

/** Consecutive items of the same calendar day (Japan), in the order given. */
export function groupByDay<T>(items: readonly T[], timeOf: (item: T) => number): Array<{ day: string; items: T[] }> {
  const days: Array<{ day: string; items: T[] }> = [];
  for (const item of items) {
    const day = dayKeyOf(timeOf(item));
    const last = days.at(-1);
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}
