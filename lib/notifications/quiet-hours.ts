/**
 * Quiet hours, in Japan time: when a push may be delivered. A change during quiet hours is queued
 * at once but held until they end, so nothing is lost and nobody is woken.
 */
import { japanOffsetMs } from '@/lib/time/japan-time';
import type { NotificationSettings } from '@/lib/schemas/notification-settings';

const minuteMs = 60_000;
const dayMinutes = 1440;

/** The instant quiet hours covering `at` end, or `at` itself when they do not cover it. */
export function quietUntil(settings: Pick<NotificationSettings, 'quietStart' | 'quietEnd'>, at: number): number {
  const { quietStart: start, quietEnd: end } = settings;
  if (start === null || end === null || start === end) return at;
  const local = at + japanOffsetMs;
  const minute = Math.floor(local / minuteMs) % dayMinutes;
  const wraps = start > end;
  const inside = wraps ? minute >= start || minute < end : minute >= start && minute < end;
  if (!inside) return at;
  const dayStart = local - (local % (dayMinutes * minuteMs));
  const endDay = wraps && minute >= start ? dayStart + dayMinutes * minuteMs : dayStart;
  return endDay + end * minuteMs - japanOffsetMs;
}
