import { describe, expect, it } from 'vitest';
import { describePlatform } from '@/server/devices/describe-platform';

describe('describePlatform', () => {
  it.each([
    [
      'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      'iPad (Safari)',
      'iOS 17.5',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1',
      'iPhone (Chrome)',
      'iOS 18.1',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'Android tablet (Chrome)',
      'Android 14',
    ],
    [
      'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'Android phone (Chrome)',
      'Android 13',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      'Windows PC (Edge)',
      'Windows',
    ],
    // iPadOS Safari asks for desktop pages as a Mac: it cannot be told apart from one.
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      'iPad or Mac (Safari)',
      'macOS 10.15',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'Mac (Chrome)',
      'macOS 10.15',
    ],
    [
      'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'Chromebook (Chrome)',
      'ChromeOS',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0', 'Linux PC (Firefox)', 'Linux'],
  ])('names %s', (userAgent, name, os) => {
    expect(describePlatform(userAgent)).toMatchObject({ name, os });
  });

  it('still names a device with no User-Agent', () => {
    expect(describePlatform(null)).toEqual({ name: 'Browser', os: null, browser: null });
  });
});
