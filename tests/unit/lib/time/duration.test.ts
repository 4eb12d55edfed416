import { describe, expect, it } from 'vitest';
import { parseDuration } from '@/lib/time/duration';

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['12h', 43_200_000],
    ['30d', 2_592_000_000],
    [' 5 m ', 300_000],
    ['1s', 1_000],
  ])('%j → %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '0m', '12', 'h', '1.5h', '-3h', '3w', '3 hours', '12H', '1h30m'])('refuses %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
