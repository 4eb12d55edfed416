import { describe, expect, it } from 'vitest';
import { boundsOf, lastMonth, rangeOf } from '@/app/(signed-in)/patient/print/_lib/print-range';

const at = (iso: string) => new Date(iso).getTime();

describe('the days a printed timeline covers', () => {
  it('defaults to the last month up to today, in Japan', () => {
    expect(lastMonth(at('2026-12-01T03:00:00+09:00'))).toEqual({ from: '2026-11-01', to: '2026-12-01' });
    // 23:30 in UTC on 31 December is already New Year's Day in Japan.
    expect(lastMonth(at('2026-12-31T23:30:00Z'))).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    // The 31st of a month after a shorter one: the shorter one's last day.
    expect(lastMonth(at('2027-03-31T12:00:00+09:00'))).toEqual({ from: '2027-02-28', to: '2027-03-31' });
    expect(lastMonth(at('2028-03-30T12:00:00+09:00'))).toEqual({ from: '2028-02-29', to: '2028-03-30' });
  });

  it('takes the dates from the address, falling back on the default for one that is not a date', () => {
    const now = at('2026-12-01T12:00:00+09:00');
    expect(rangeOf(new URLSearchParams('from=2026-10-01&to=2026-10-31'), now)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(rangeOf(new URLSearchParams('from=yesterday&to=2026-13-45'), now)).toEqual({ from: '2026-11-01', to: '2026-12-01' });
  });

  it('spans whole Japanese days, both ends included, and nothing when the start is after the end', () => {
    expect(boundsOf({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      since: at('2026-11-01T00:00:00+09:00'),
      until: at('2026-12-01T00:00:00+09:00'),
    });
    expect(boundsOf({ from: '2026-11-02', to: '2026-11-01' })).toBeNull();
  });
});
