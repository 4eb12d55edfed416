import { describe, expect, it } from 'vitest';
import { japanDate, japanDay, japanIsoTime } from '@/lib/time/japan-time';

describe('Japan time', () => {
  it('a Japanese day begins at 15:00 UTC the day before', () => {
    expect(japanDate('2026-04-01').toISOString()).toBe('2026-03-31T15:00:00.000Z');
    expect(japanDate('2026-04-01', '12:00:00').toISOString()).toBe('2026-04-01T03:00:00.000Z');
  });

  it('names the Japanese day of an instant, which turns at 15:00 UTC', () => {
    expect(japanDay(Date.parse('2026-03-31T14:59:59.999Z'))).toBe('2026-03-31');
    expect(japanDay(Date.parse('2026-03-31T15:00:00.000Z'))).toBe('2026-04-01');
  });

  it('writes an instant as Japanese local time with its offset', () => {
    expect(japanIsoTime(Date.parse('2026-03-31T15:30:05.250Z'))).toBe('2026-04-01T00:30:05+09:00');
  });

  it('round-trips a day', () => {
    expect(japanDay(japanDate('2026-12-31').getTime())).toBe('2026-12-31');
  });
});
