import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

async function pageHeaders(baseUrl: string): Promise<Headers> {
  vi.resetModules();
  vi.stubEnv('RENRAKU_BASE_URL', baseUrl);
  const { proxy } = await import('@/proxy');
  return proxy(new NextRequest(`${baseUrl}/patients`)).headers;
}

afterEach(() => vi.unstubAllEnvs());

describe("the pages' proxy", () => {
  it('sends Strict-Transport-Security when the server is configured with an https:// address, whatever the build saw', async () => {
    const headers = await pageHeaders('https://renraku.example.jp');
    expect(headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('does not send it over plain HTTP', async () => {
    const headers = await pageHeaders('http://localhost:3000');
    expect(headers.get('strict-transport-security')).toBeNull();
    expect(headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
