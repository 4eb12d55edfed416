import { describe, expect, it } from 'vitest';
import { clientIpHeader, clientIpOf, isSameOrigin } from '@/server/http/request-meta';

const baseUrl = new URL('https://renraku.example.jp');
const headers = (init: Record<string, string>) => new Headers(init);

describe('isSameOrigin', () => {
  it('accepts the configured base URL’s origin', () => {
    expect(isSameOrigin(headers({ origin: 'https://renraku.example.jp', host: 'internal:3000' }), baseUrl, false)).toBe(true);
  });

  it('accepts an origin naming the Host the request was sent to', () => {
    expect(isSameOrigin(headers({ origin: 'http://192.168.1.5:3000', host: '192.168.1.5:3000' }), baseUrl, false)).toBe(true);
  });

  it('refuses a foreign origin, and the same host on another port', () => {
    expect(isSameOrigin(headers({ origin: 'https://evil.example', host: 'renraku.example.jp' }), baseUrl, false)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'http://192.168.1.5:4000', host: '192.168.1.5:3000' }), baseUrl, false)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'http://renraku.example.jp', host: 'internal' }), baseUrl, false)).toBe(false);
  });

  it('refuses a missing, "null" or unparsable Origin', () => {
    expect(isSameOrigin(headers({ host: 'renraku.example.jp' }), baseUrl, false)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'null', host: 'renraku.example.jp' }), baseUrl, false)).toBe(false);
    expect(isSameOrigin(headers({ origin: 'not a url', host: 'renraku.example.jp' }), baseUrl, false)).toBe(false);
  });

  it('believes X-Forwarded-Host only behind a trusted proxy', () => {
    const forwarded = headers({ origin: 'https://care.example.jp', host: 'internal:3000', 'x-forwarded-host': 'care.example.jp' });
    expect(isSameOrigin(forwarded, baseUrl, false)).toBe(false);
    expect(isSameOrigin(forwarded, baseUrl, true)).toBe(true);
  });
});

describe('clientIpOf', () => {
  it('uses our own socket header and ignores X-Forwarded-For without a trusted proxy', () => {
    const h = headers({ [clientIpHeader]: '10.0.0.7', 'x-forwarded-for': '203.0.113.9' });
    expect(clientIpOf(h, false)).toBe('10.0.0.7');
  });

  it('takes the X-Forwarded-For address behind a trusted proxy', () => {
    const h = headers({ [clientIpHeader]: '10.0.0.7', 'x-forwarded-for': ' 203.0.113.9 ' });
    expect(clientIpOf(h, true)).toBe('203.0.113.9');
  });

  it('takes the right-most X-Forwarded-For entry: the ones to its left are what the client claimed', () => {
    const h = headers({ [clientIpHeader]: '10.0.0.7', 'x-forwarded-for': '6.6.6.6, 203.0.113.9' });
    expect(clientIpOf(h, true)).toBe('203.0.113.9');
  });

  it('falls back to the socket address, or null when unknown', () => {
    expect(clientIpOf(headers({ [clientIpHeader]: '10.0.0.7' }), true)).toBe('10.0.0.7');
    expect(clientIpOf(headers({}), false)).toBeNull();
  });
});
