/**
 * Two-factor sign-in in the browser: codes computed from a known key, the second sign-in step, and
 * enrolment on the forced-setup screen. The server accepts each 30-second step once per account,
 * and parallel workers may sign the same demo administrator in: the steps an account has used are
 * kept in a file of the run, under a lock, so no test ever sends a code the server must refuse
 * (a refused code would count towards the lockout).
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { expect, type Page } from '@playwright/test';
import { runDirEnv } from './servers';

export const stepMs = 30_000;
const currentStep = () => Math.floor(Date.now() / stepMs);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The authenticator app's code for `key` (base32, spaces allowed) at `step`. */
export function totpCodeAt(key: string, step: number): string {
  return generateHOTP(decodeBase32IgnorePadding(key.replace(/\s/g, '').toUpperCase()), BigInt(step), 6);
}

function stateFile(page: Page, loginId: string): string {
  const runDir = process.env[runDirEnv] ?? '/tmp';
  const port = new URL(page.url()).port || 'default';
  return path.join(runDir, `totp-${port}-${loginId.toLowerCase()}`);
}

async function withLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  for (let waited = 0; ; waited += 100) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock older than a minute belongs to a worker that died.
      if (waited > 60_000) fs.rmSync(lock, { recursive: true, force: true });
      await sleep(100);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

const readLastStep = (file: string) => (fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8')) : 0);

/** Records a step the server has accepted for the account (e.g. the one that confirmed enrolment). */
export function noteUsedStep(page: Page, loginId: string, step: number): void {
  const file = stateFile(page, loginId);
  fs.writeFileSync(file, String(Math.max(step, readLastStep(file))));
}

/**
 * Runs `submit` with a code the server will accept: the current step's, or the next one's (the
 * server takes ±1 step) when the current was used, else it waits for the next step.
 */
export async function withFreshCode(page: Page, loginId: string, key: string, submit: (code: string) => Promise<void>): Promise<void> {
  const file = stateFile(page, loginId);
  await withLock(file, async () => {
    const step = Math.max(currentStep(), readLastStep(file) + 1);
    while (step > currentStep() + 1) await sleep((currentStep() + 1) * stepMs - Date.now() + 50);
    await submit(totpCodeAt(key, step));
    noteUsedStep(page, loginId, step);
  });
}

/** On the second-step screen: enters a code from the app and waits for the server's answer. */
export async function passTotpStep(page: Page, loginId: string, key: string): Promise<void> {
  await expect(page).toHaveURL((url) => url.pathname === '/signin/verify');
  await expect(page.getByRole('heading', { level: 1, name: 'Second step' })).toBeVisible();
  await withFreshCode(page, loginId, key, async (code) => {
    await page.getByLabel('Code from the app', { exact: true }).fill(code);
    const answered = page.waitForResponse((response) => response.url().includes('/api/trpc/secondFactor.verifyTotp'));
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    expect((await answered).ok(), 'the code was refused').toBe(true);
  });
  await expect(page).not.toHaveURL((url) => url.pathname === '/signin/verify');
}

/**
 * On the security screen (where a user the policy covers is sent after sign-in): sets up an
 * authenticator app with the key the screen shows, saves the recovery codes and goes home.
 * Returns the key (base32, no spaces) and the recovery codes.
 */
export async function enrolTotp(page: Page, loginId: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in security' })).toBeVisible();
  await page.getByRole('button', { name: 'Set up an authenticator app', exact: true }).click();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = ((await page.getByTestId('totp-key').textContent()) ?? '').replace(/\s/g, '');
  await withFreshCode(page, loginId, secret, async (code) => {
    await page.getByLabel('Code from the app', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'Confirm and turn on', exact: true }).click();
    await expect(page.getByRole('list', { name: 'Your recovery codes' })).toBeVisible();
  });
  const recoveryCodes = await page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').allInnerTexts();
  await page.getByRole('button', { name: 'I have saved them', exact: true }).click();
  await page.getByRole('link', { name: 'Continue to home', exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/');
  return { secret, recoveryCodes };
}

/** Who the page's session belongs to (the device keeps no profile while a second factor is owed). */
async function signedInLoginId(page: Page): Promise<string> {
  const response = await page.request.get('/api/trpc/auth.me');
  const body = (await response.json()) as { result: { data: { json: { user: { loginId: string } | null } } } };
  return body.result.data.json.user?.loginId ?? 'unknown';
}

/** A new administrator, after changing the initial password, must enrol: does so and returns the key. */
export async function completeForcedTotpSetup(page: Page): Promise<string> {
  await expect(page).toHaveURL((url) => url.pathname === '/account/security');
  await expect(page.getByText('To continue, set up two-factor sign-in: add an authenticator app or a passkey.')).toBeVisible();
  const { secret } = await enrolTotp(page, await signedInLoginId(page));
  return secret;
}
