import { describe, expect, it } from 'vitest';
import { groupByDay } from '@/app/(signed-in)/patient/_lib/day-key';
import { countByKind, newestFirst, ofKind, toggleChoice } from '@/app/(signed-in)/patient/gallery/_lib/photo-list';

const at = (iso: string) => Date.parse(iso);
const photo = (id: string, iso: string, kind = 'wound') => ({ id, createdAt: at(iso), kind });

const photos = [
  photo('a', '2025-05-01T09:00:00+09:00'),
  photo('b', '2025-05-01T18:00:00+09:00', 'fax'),
  photo('c', '2025-05-03T10:00:00+09:00'),
  photo('d', '2025-05-03T10:00:00+09:00', 'notebook'),
];

describe('newestFirst', () => {
  it('orders by time, newest first, ties by id, without touching the input', () => {
    expect(newestFirst(photos).map((item) => item.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(photos.map((item) => item.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('countByKind', () => {
  it('counts every kind, zero for those absent, and all', () => {
    expect(countByKind(photos)).toEqual({ all: 4, wound: 2, fax: 1, notebook: 1, medicalImage: 0, other: 0 });
  });

  it('filters by kind', () => {
    expect(ofKind(photos, 'wound').map((item) => item.id)).toEqual(['a', 'c']);
    expect(ofKind(photos, 'all')).toBe(photos);
  });
});

describe('groupByDay', () => {
  const createdAt = (item: { createdAt: number }) => item.createdAt;
  it('groups consecutive items of one day in Japan', () => {
    const days = groupByDay(newestFirst(photos), createdAt);
    expect(days.map(({ day, items }) => [day, items.map((item) => item.id)])).toEqual([
      ['2025-05-03', ['d', 'c']],
      ['2025-05-01', ['b', 'a']],
    ]);
  });

  it('puts a late-evening UTC moment on the next day in Japan', () => {
    expect(groupByDay([photo('x', '2025-05-01T16:00:00Z')], createdAt)[0]?.day).toBe('2025-05-02');
  });
});

describe('toggleChoice', () => {
  it('chooses, lets go, and keeps the last two', () => {
    expect(toggleChoice([], 'a')).toEqual(['a']);
    expect(toggleChoice(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleChoice(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleChoice(['a', 'b'], 'c')).toEqual(['b', 'c']);
  });
});
