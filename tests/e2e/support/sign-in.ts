/** Drives the sign-in form and the home screen's sign-out, in either language. */
import { expect, type Locator, type Page } from '@playwright/test';
import { totpKeyOf } from './accounts';
import { passTotpStep } from './second-factor';

export const ui = {
  en: {
    signInTitle: 'Sign in',
    loginId: 'Login ID',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    invalidCredentials: 'The login ID or password is incorrect.',
    language: 'Language',
    profession: 'Profession',
  },
  ja: {
    signInTitle: 'サインイン',
    loginId: 'ログインID',
    password: 'パスワード',
    signIn: 'サインイン',
    signOut: 'サインアウト',
    signedOut: 'サインアウトしました。',
    invalidCredentials: 'ログインIDまたはパスワードが正しくありません。',
    language: '表示言語',
    profession: '職種',
  },
} as const;

export type UiLanguage = keyof typeof ui;

export interface Credentials {
  loginId: string;
  password: string;
  /** The authenticator-app key of an account that has one (the demo administrators' are known). */
  totpKey?: string;
}

/**
 * Fills and submits the form on the sign-in page (opening it first unless `stay`), and waits for
 * the server's answer, so the next step sees its outcome rather than the previous one.
 */
export async function submitSignIn(
  page: Page,
  credentials: Credentials,
  options: { lang?: UiLanguage; stay?: boolean } = {},
): Promise<void> {
  const labels = ui[options.lang ?? 'en'];
  if (!options.stay) await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1, name: labels.signInTitle })).toBeVisible();
  await page.getByLabel(labels.loginId, { exact: true }).fill(credentials.loginId);
  await page.getByLabel(labels.password, { exact: true }).fill(credentials.password);
  const answered = page.waitForResponse((response) => response.url().includes('/api/trpc/auth.signIn'));
  await page.getByRole('button', { name: labels.signIn, exact: true }).click();
  await answered;
}

/**
 * Signs in and waits for the home screen to greet the user by name; for an account with a known
 * authenticator-app key, passes the second step with a computed code on the way.
 */
export async function signIn(
  page: Page,
  credentials: Credentials & { name: string },
  options: { lang?: UiLanguage; stay?: boolean } = {},
): Promise<void> {
  await submitSignIn(page, credentials, options);
  const totpKey = credentials.totpKey ?? totpKeyOf(credentials.loginId);
  if (totpKey) await passTotpStep(page, credentials.loginId, totpKey);
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByRole('heading', { level: 1, name: credentials.name })).toBeVisible();
  await passwordCopyKept(page);
}

/**
 * Waits until the signed-in user's key ring holds the password's copy of the device key: it is
 * made just after the key opened the first screen (lib/offline/encryption/key-ring.ts), and a test
 * that goes offline or reloads next unlocks with it, as a nurse would a moment later.
 */
export async function passwordCopyKept(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const profile = JSON.parse(localStorage.getItem('renraku.profile') ?? 'null') as { user?: { id?: string } } | null;
    const userId = profile?.user?.id;
    if (!userId) return false;
    // lib/offline/storage-keys.ts keyRingPrefix and lib/offline/device-generation.ts nameSafe.
    const ring = localStorage.getItem(`renraku.keyRing.${userId.replace(/[^a-z0-9]/gi, '').toLowerCase()}`);
    return ring !== null && (JSON.parse(ring) as { byPassword?: string | null }).byPassword != null;
  });
}

/**
 * Signs out from the home screen and waits for the sign-in page. Whether the "signed out" notice
 * shows is not checked here: the app races two redirects (see sign-in.spec.ts).
 */
export async function signOut(page: Page, options: { lang?: UiLanguage } = {}): Promise<void> {
  const labels = ui[options.lang ?? 'en'];
  await page.getByRole('button', { name: labels.signOut, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/signin');
  await expect(page.getByRole('heading', { level: 1, name: labels.signInTitle })).toBeVisible();
}

/** The error a screen shows in its main area (Next's route announcer is an empty alert too). */
export function screenAlert(page: Page): Locator {
  return page.getByRole('main').getByRole('alert');
}

/**
 * The lock screen the app shows when opened again with no recent sign-in (a reload offline, a
 * restart) or after the region's idle minutes: the password unlocks the data on the device.
 */
export async function unlock(page: Page, password: string, lang: UiLanguage = 'en'): Promise<void> {
  const labels =
    lang === 'en'
      ? { title: 'Locked', password: 'Password', unlock: 'Unlock' }
      : { title: 'ロック中', password: 'パスワード', unlock: 'ロックを解除' };
  const heading = page.getByRole('heading', { level: 1, name: labels.title });
  await expect(heading).toBeVisible();
  await page.getByLabel(labels.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: labels.unlock, exact: true }).click();
  await expect(heading).toBeHidden({ timeout: 15_000 });
}
