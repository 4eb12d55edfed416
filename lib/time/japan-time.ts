/**
 * Japan's time, in one place. The service runs in Japan, which keeps no daylight saving time, so
 * the offset is fixed: a calendar day without a time (a desired date, a day filter of the audit
 * log) is a Japanese day, and times written out for people (the audit CSV) are Japanese times.
 */
export const japanTimeZone = 'Asia/Tokyo';
export const japanUtcOffset = '+09:00';
export const japanOffsetMs = 9 * 3_600_000;

/** The instant a Japanese calendar day (YYYY-MM-DD) begins, or the given time of it. */
export function japanDate(day: string, time = '00:00:00'): Date {
  return new Date(`${day}T${time}${japanUtcOffset}`);
}

/** The Japanese calendar day (YYYY-MM-DD) an instant falls on. */
export function japanDay(at: number): string {
  return new Date(at + japanOffsetMs).toISOString().slice(0, 10);
}

/** An instant as Japanese local time in ISO 8601, with its offset: `2026-04-01T09:30:00+09:00`. */
export function japanIsoTime(at: number): string {
  return `${new Date(at + japanOffsetMs).toISOString().slice(0, 19)}${japanUtcOffset}`;
}
