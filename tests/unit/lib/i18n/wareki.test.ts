import { describe, expect, it } from 'vitest';
import { formatWareki, formatWarekiMonth, warekiParts } from '@/lib/i18n/wareki';

describe('和暦', () => {
  it('prints a date in its era', () => {
    expect(formatWareki('2026-11-05')).toBe('令和8年11月5日');
    expect(formatWareki('1938-04-12')).toBe('昭和13年4月12日');
    expect(formatWareki('1989-01-08')).toBe('平成元年1月8日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatWareki(null)).toBe('');
  });
  it('prints a month, and gives the parts for the forms that circle the era', () => {
    expect(formatWarekiMonth('2026-11')).toBe('令和8年11月');
    expect(warekiParts('1945-09-30')).toEqual({ era: '昭和', year: 20, month: 9, day: 30 });
  });
});
