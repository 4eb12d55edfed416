import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce } from '@/server/http/content-security-policy';
import { inlineScriptHashes } from '@/server/http/inline-script-hashes';

describe('contentSecurityPolicy', () => {
  it('is exactly this: scripts from the origin, the nonce or the build’s hashes, never unsafe-inline', () => {
    expect(contentSecurityPolicy({ nonce: 'bm9uY2U=', scriptHashes: ['sha256-AAA=', 'sha256-BBB='], overHttps: false })).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'nonce-bm9uY2U=' 'sha256-AAA=' 'sha256-BBB='",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' blob: data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "media-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
  });

  it('upgrades insecure requests over HTTPS, and allows eval only under next dev', () => {
    const https = contentSecurityPolicy({ nonce: 'n', scriptHashes: [], overHttps: true });
    expect(https.endsWith("; frame-ancestors 'none'; upgrade-insecure-requests")).toBe(true);
    expect(https).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy({ nonce: 'n', scriptHashes: [], overHttps: false, development: true })).toContain(
      "script-src 'self' 'nonce-n' 'unsafe-eval';",
    );
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('inlineScriptHashes', () => {
  it('hashes the raw text of inline scripts only, as the browser does', () => {
    const html =
      '<html><head><script src="/_next/static/a.js" async=""></script></head><body>' +
      '<script>self.__next_f=self.__next_f||[]</script><script id="_R_">a &amp; b</script><script></script></body></html>';
    // sha256 of the exact bytes between the tags (entities are not decoded inside <script>).
    expect(inlineScriptHashes(html)).toEqual([
      'sha256-' + createHash('sha256').update('self.__next_f=self.__next_f||[]').digest('base64'),
      'sha256-' + createHash('sha256').update('a &amp; b').digest('base64'),
    ]);
  });
});
