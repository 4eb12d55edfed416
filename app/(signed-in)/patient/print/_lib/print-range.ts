/**
 * The days a printed timeline covers (Japanese calendar days, both included): from the query string
 * (`from`, `to`), else the last month up to today.
 */
import { z } from 'zod';
import { japanDate, japanDay } from '@/lib/time/japan-time';

export interface PrintRange {
  from: string;
  to: string;
}

const day = z.iso.date();

/** The same date a month earlier (the 31st of a short month falls back to its last day), to today. */
export function lastMonth(now: number): PrintRange {
  const to = japanDay(now);
  const [year, month, date] = to.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(year, month - 2, 1));
  const lastOfMonth = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
  start.setUTCDate(Math.min(date, lastOfMonth));
  return { from: start.toISOString().slice(0, 10), to };
}

export function rangeOf(params: { get(name: string): string | null }, now: number): PrintRange {
  const fallback = lastMonth(now);
  const from = day.safeParse(params.get('from'));
  const to = day.safeParse(params.get('to'));
  return { from: from.success ? from.data : fallback.from, to: to.success ? to.data : fallback.to };
}

/** The instants the range spans: from the start of its first day to the end of its last. */
export function boundsOf(range: PrintRange): { since: number; until: number } | null {
  if (range.from > range.to) return null;
  return { since: japanDate(range.from).getTime(), until: japanDate(range.to).getTime() + 86_400_000 };
}
