/** Arithmetic on calendar days written YYYY-MM-DD (no time, no zone): a form's periods. */

function parts(day: string): [number, number, number] {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return [year, month, date];
}

function write(utc: number): string {
  return new Date(utc).toISOString().slice(0, 10);
}

export function addDays(day: string, count: number): string {
  const [year, month, date] = parts(day);
  return write(Date.UTC(year, month - 1, date + count));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The last day of a period of `count` months from `start`: the day before the same date `count`
 * months on (1月15日 → 2月14日), or the month's last day when it has no such date (1月31日 → 2月末日).
 */
export function lastDayAfterMonths(start: string, count: number): string {
  const [year, month, date] = parts(start);
  const targetYear = year + Math.floor((month - 1 + count) / 12);
  const targetMonth = ((month - 1 + count) % 12) + 1;
  const last = daysInMonth(targetYear, targetMonth);
  if (date > last) return write(Date.UTC(targetYear, targetMonth - 1, last));
  return write(Date.UTC(targetYear, targetMonth - 1, date - 1));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Every day of a month YYYY-MM. */
export function daysOfMonth(month: string): string[] {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return Array.from({ length: daysInMonth(year, number) }, (_, index) => write(Date.UTC(year, number - 1, index + 1)));
}

/** The month after YYYY-MM. */
export function nextMonth(month: string): string {
  const [year = 0, number = 1] = month.split('-').map(Number);
  return write(Date.UTC(year, number, 1)).slice(0, 7);
}
