import { describe, expect, it } from 'vitest';
import { linearScale, niceTicks, timeDomain, valueDomain } from '@/app/(signed-in)/patient/vitals/_lib/chart-scale';

describe('chart scales', () => {
  it('maps a domain onto a range, upside down for a y axis', () => {
    const y = linearScale([30, 40], [200, 0]);
    expect(y(30)).toBe(200);
    expect(y(35)).toBe(100);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it('gives round ticks', () => {
    expect(niceTicks(35, 39, 4)).toEqual([35, 36, 37, 38, 39]);
    expect(niceTicks(40, 180, 4)).toEqual([50, 100, 150]);
    expect(niceTicks(90, 100, 4)).toEqual([90, 95, 100]);
  });

  it('covers the readings and the usual band', () => {
    expect(valueDomain([36.4, 38.2], [36, 37.4], 0.5)).toEqual([35.5, 39]);
    expect(valueDomain([], null, 1)).toEqual([0, 1]);
  });

  it('shows two weeks, three months, or everything from the first reading', () => {
    const now = Date.UTC(2026, 10, 30);
    expect(timeDomain('twoWeeks', [], now)).toEqual([now - 14 * 86_400_000, now]);
    expect(timeDomain('all', [now - 200 * 86_400_000], now)).toEqual([now - 200 * 86_400_000, now]);
  });
});
