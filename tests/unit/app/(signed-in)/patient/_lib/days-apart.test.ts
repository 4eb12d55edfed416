import { describe, expect, it } from 'vitest';
import { daysApart } from '@/app/(signed-in)/patient/_lib/days-apart';

const at = (iso: string) => Date.parse(iso);

describe('daysApart', () => {
  it('counts calendar days in Japan, whatever the hours', () => {
    expect(daysApart(at('2025-05-01T09:00:00+09:00'), at('2025-05-15T08:00:00+09:00'))).toBe(14);
    expect(daysApart(at('2025-05-01T23:50:00+09:00'), at('2025-05-02T00:10:00+09:00'))).toBe(1);
    expect(daysApart(at('2025-05-01T00:10:00+09:00'), at('2025-05-01T23:50:00+09:00'))).toBe(0);
  });

  it('crosses month and year ends', () => {
    expect(daysApart(at('2024-12-25T12:00:00+09:00'), at('2025-01-08T12:00:00+09:00'))).toBe(14);
    expect(daysApart(at('2024-02-28T12:00:00+09:00'), at('2024-03-01T12:00:00+09:00'))).toBe(2);
  });

  it('takes the day in Japan, not UTC', () => {
    // 2025-05-01 23:30 UTC is already 2 May in Japan.
    expect(daysApart(at('2025-05-01T12:00:00+09:00'), at('2025-05-01T23:30:00Z'))).toBe(1);
  });
});
