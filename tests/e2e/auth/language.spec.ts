/** The language chosen on the home screen applies at once, survives a reload and follows the account. */
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn, signOut, ui } from '../support/sign-in';

// The only spec that changes this account's saved language.
const careManager = { ...demoAccounts.careManager, password: demoPassword };

/** Picks a language on the home screen and waits until the account has saved it. */
async function chooseLanguage(page: Page, label: '日本語' | 'English', current: keyof typeof ui): Promise<void> {
  const saved = page.waitForResponse((response) => response.url().includes('/api/trpc/auth.setLocale') && response.ok());
  await page.getByLabel(ui[current].language).selectOption({ label });
  await saved;
}

test('switching to Japanese is saved to the account', async ({ page, browser, baseURL }) => {
  await signIn(page, careManager);
  if ((await page.getByLabel(/^(Language|表示言語)$/).inputValue()) !== 'en') {
    // Left in Japanese by an earlier, failed try: start from English.
    await chooseLanguage(page, 'English', 'ja');
  }
  await expect(page.getByRole('button', { name: ui.en.signOut, exact: true })).toBeVisible();

  await chooseLanguage(page, '日本語', 'en');
  await expect(page.getByRole('button', { name: ui.ja.signOut, exact: true })).toBeVisible();
  await expect(page.getByText(ui.ja.profession, { exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: careManager.name })).toBeVisible();
  await expect(page.getByLabel(ui.ja.language)).toHaveValue('ja');
  await signOut(page, { lang: 'ja' });

  // Another device whose browser prefers English: the sign-in page is in English, the account in Japanese.
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  try {
    const other = await context.newPage();
    await signIn(other, careManager, { lang: 'en' });
    await expect(other.getByRole('button', { name: ui.ja.signOut, exact: true })).toBeVisible();
    await expect(other.getByLabel(ui.ja.language)).toHaveValue('ja');

    // And back, which is saved too.
    await chooseLanguage(other, 'English', 'ja');
    await expect(other.getByRole('button', { name: ui.en.signOut, exact: true })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('a device loads the catalogue of the language it speaks, and the other only when switched to', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
    });
    const fetched = async (text: string) => (await Promise.all(scripts)).some((body) => body.includes(text));
    // Each catalogue's tagline is in its catalogue's script only.
    const taglines = {
      ja: '在宅医療・介護の支援チームのための連絡帳',
      en: 'The shared notebook for home medical and long-term care teams',
    };

    await page.goto('/signin');
    await expect(page.getByRole('button', { name: ui.en.signIn, exact: true })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await fetched(taglines.en)).toBe(true);
    expect(await fetched(taglines.ja)).toBe(false);

    await page.getByLabel(ui.en.language).selectOption({ label: '日本語' });
    await expect(page.getByRole('button', { name: ui.ja.signIn, exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    expect(await fetched(taglines.ja)).toBe(true);
  } finally {
    await context.close();
  }
});
