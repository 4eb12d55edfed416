import { describe, expect, it } from 'vitest';
import { createCookieJar, parseCookieHeader, serializeCookie } from '@/server/http/cookie-jar';

describe('parseCookieHeader', () => {
  it('reads name=value pairs, decoding values and keeping the first of duplicates', () => {
    const cookies = parseCookieHeader('a=1; b=hello%20world;a=2;=nameless; junk; c=%E0%A4%A');
    expect([...cookies]).toEqual([
      ['a', '1'],
      ['b', 'hello world'],
      ['c', '%E0%A4%A'],
    ]);
  });

  it('is empty without a header', () => {
    expect(parseCookieHeader(null).size).toBe(0);
  });
});

describe('serializeCookie', () => {
  it('writes every attribute asked for', () => {
    const expires = new Date('2030-01-02T03:04:05Z');
    expect(serializeCookie('s', 'a b', { httpOnly: true, secure: true, sameSite: 'Lax', path: '/', expires })).toBe(
      's=a%20b; Path=/; Expires=Wed, 02 Jan 2030 03:04:05 GMT; HttpOnly; Secure; SameSite=Lax',
    );
    expect(serializeCookie('s', '', { maxAge: 0 })).toBe('s=; Path=/; Max-Age=0');
  });
});

describe('createCookieJar', () => {
  it('reads request cookies and appends one Set-Cookie per set', () => {
    const response = new Headers();
    const jar = createCookieJar(new Headers({ cookie: 'renraku_session=abc.def' }), response);
    expect(jar.get('renraku_session')).toBe('abc.def');
    jar.set('one', '1', {});
    jar.set('two', '2', { httpOnly: true });
    expect(response.getSetCookie()).toEqual(['one=1; Path=/', 'two=2; Path=/; HttpOnly']);
  });

  it('reflects its own writes in later reads, and a deletion as absence', () => {
    const jar = createCookieJar(new Headers({ cookie: 'x=old' }), new Headers());
    jar.set('x', 'new', {});
    expect(jar.get('x')).toBe('new');
    jar.set('x', '', { maxAge: 0 });
    expect(jar.get('x')).toBeUndefined();
  });
});
