/**
 * The Content-Security-Policy: no 'unsafe-inline' for scripts; a fresh nonce per response (on the
 * scripts of pages rendered per request), and the build's hashes for the prerendered app shell,
 * which the service worker serves offline with the headers it was cached with. The app signs
 * in, shows a timeline, posts, and opens (and unlocks) offline under it with no violation reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn } from '../support/sign-in';
import { demoPatients, openTimeline, postsWith, uniqueText, waitUntilSynced, writePost } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const buildHashes = JSON.parse(fs.readFileSync(path.join(process.cwd(), '.next', 'renraku-inline-script-hashes.json'), 'utf8')) as string[];

function scriptSources(policy: string): string[] {
  const directive = policy.split('; ').find((part) => part.startsWith('script-src ')) ?? '';
  return directive.split(' ').slice(1);
}

test('pages carry the exact policy: the origin, a fresh nonce and the build’s hashes for scripts, never unsafe-inline', async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const url of ['/', '/signin', '/patient?id=x', '/join/midori']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    const policy = response.headers()['content-security-policy'] ?? '';
    const sources = scriptSources(policy);
    const nonce = sources[1] ?? '';
    expect(nonce, url).toMatch(/^'nonce-[A-Za-z0-9+/]{22}==(')$/);
    nonces.add(nonce);
    expect(sources, url).toEqual(["'self'", nonce, ...buildHashes.map((hash) => `'${hash}'`)]);
    expect(policy.replace(/^default-src.*?; script-src [^;]*; /, '')).toBe(
      [
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
    expect(policy.startsWith("default-src 'self'; script-src "), url).toBe(true);
    // A page rendered for this request (the portal) puts this response's nonce on its scripts.
    if (url.startsWith('/join/')) expect(await response.text()).toContain(`nonce="${nonce.slice(7, -1)}"`);
  }
  expect(nonces.size).toBe(4);
  expect(buildHashes.length).toBeGreaterThan(0);
});

/** Collects every CSP violation the page reports (event and console), from its first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the app runs under it: sign in, timeline, post, and offline from the cached shell, with no violation', async ({ page, context }) => {
  const violations = await watchViolations(page);
  await signIn(page, nurse);
  await openTimeline(page, demoPatients.yamada.name);
  await waitUntilSynced(page);
  const body = uniqueText('under the policy');
  await writePost(page, body);
  await expect(postsWith(page, body)).toHaveCount(1);

  // The cached shell's scripts still run offline: its hashes came with it.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  // Opened again, the app locks its encrypted data until the password is given (offline too).
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
  await page.getByLabel('Password', { exact: true }).fill(nurse.password);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: demoPatients.yamada.name, exact: true })).toBeVisible();
  await expect(postsWith(page, body)).toHaveCount(1);
  await context.setOffline(false);
  expect(violations).toEqual([]);
});
