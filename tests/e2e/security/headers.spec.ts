/** Security headers, the same-origin check on state-changing requests, and the session cookie. */
import { expect, test, type APIResponse } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';

const pharmacist = { loginId: demoAccounts.pharmacist.loginId, password: demoPassword };

function setCookies(response: APIResponse): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'set-cookie')
    .map((header) => header.value);
}

test('pages are served with the security headers', async ({ request }) => {
  for (const path of ['/', '/signin']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
    expect(headers['permissions-policy'], path).toContain('camera=(self)');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});

test('API answers are never cached', async ({ request }) => {
  const response = await request.get('/api/trpc/auth.me');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  const health = await request.get('/api/health');
  expect(health.headers()['cache-control']).toContain('no-store');
});

test('a sign-in from another site, or with no Origin, is refused', async ({ request }) => {
  const body = { json: pharmacist };
  const foreign = await request.post('/api/trpc/auth.signIn', { data: body, headers: { Origin: 'https://attacker.example' } });
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain('ORIGIN_MISMATCH');
  expect(setCookies(foreign)).toEqual([]);

  const missing = await request.post('/api/trpc/auth.signIn', { data: body });
  expect(missing.status()).toBe(403);
  expect(setCookies(missing)).toEqual([]);
});

test('the session cookie is HttpOnly and SameSite=Lax, and sign-out clears the site data', async ({ request, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const signedIn = await request.post('/api/trpc/auth.signIn', { data: { json: pharmacist }, headers: { Origin: origin } });
  expect(signedIn.status()).toBe(200);
  const cookie = setCookies(signedIn).find((value) => value.startsWith('renraku_session='));
  expect(cookie).toBeDefined();
  const attributes = (cookie ?? '').split(';').map((part) => part.trim().toLowerCase());
  expect(attributes).toContain('httponly');
  expect(attributes).toContain('samesite=lax');
  expect(attributes).toContain('path=/');

  const me = await request.get('/api/trpc/auth.me');
  expect(await me.text()).toContain(demoAccounts.pharmacist.name);

  const signedOut = await request.post('/api/trpc/auth.signOut', { data: { json: null }, headers: { Origin: origin } });
  expect(signedOut.status()).toBe(200);
  // The cache goes; the device cookie stays so this install is the same device at the next sign-in.
  expect(signedOut.headers()['clear-site-data']).toBe('"cache"');
  expect(setCookies(signedOut).some((value) => value.startsWith('renraku_session=;') && /max-age=0/i.test(value))).toBe(true);

  const after = await request.get('/api/trpc/auth.me');
  expect(await after.text()).toContain('"user":null');
});
