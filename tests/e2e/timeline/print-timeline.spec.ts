/**
 * Printing a timeline: the print view opens from the timeline, works offline from the device's
 * own data, prints on A4 (the sheet's own @page size: pdfinfo reads 595×842 pt) with the patient's
 * head on every page and its photo thumbnails loaded (Chromium's PDF, its text read back with
 * pdftotext); Print opens the print dialog only once the thumbnails have loaded; a private post not
 * addressed to the reader is nowhere in it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn, unlock } from '../support/sign-in';
import { demoPatients, openTimeline, waitUntilSynced } from '../support/timeline';

// On 山田 花子's team, and not among the recipients of the demo's private post (the doctor's, to the nurse).
const pharmacist = { ...demoAccounts.pharmacist, password: demoPassword };
const yamada = demoPatients.yamada;
const demo = {
  /** The doctor's comment, 20 days ago, on the care manager's first post. */
  comment: '承知しました。月1回の訪問診療で開始します。',
  firstPost: 'サービス担当者会議を実施しました。',
  privatePost: '仙骨部発赤、褥瘡の初期変化の可能性。',
};

test('a timeline prints on A4 from the device, offline, with the patient on every page and no private post to others', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, pharmacist);
  await openTimeline(page, yamada.name);
  await waitUntilSynced(page);
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: 'Print', exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/patient/print' && url.searchParams.has('id'));

  // Offline, loaded afresh: everything comes from the device.
  await context.setOffline(true);
  try {
    await page.reload();
    await unlock(page, demoPassword);
    await expect(page.getByRole('heading', { level: 1, name: 'Print the timeline' })).toBeVisible();
    // The last month, up to today (Japan), by default.
    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    await expect(page.getByLabel('To', { exact: true })).toHaveValue(today);
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    const sheet = page.locator('table.timeline-print');
    await expect(sheet.getByText(yamada.post)).toBeVisible();
    await expect(sheet.getByText(demo.comment, { exact: false })).toBeVisible();

    // The wound photos' thumbnails, kept (encrypted) on the device when the timeline showed them, all loaded.
    const thumbnails = sheet.locator('img.printed-thumb');
    await expect(thumbnails.first()).toBeVisible();
    await expect(sheet.locator('span.printed-thumb')).toHaveCount(0);
    await expect
      .poll(() =>
        thumbnails.evaluateAll((images) => images.length > 0 && images.every((image) => (image as HTMLImageElement).naturalWidth > 0)),
      )
      .toBe(true);
    // Print waits for the sheet's images: when the dialog would open, every one of them has loaded.
    await page.evaluate(() => {
      const w = window as Window & { printedLoaded?: boolean };
      w.print = () => {
        w.printedLoaded = [...document.querySelectorAll('table.timeline-print img')].every(
          (image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth > 0,
        );
      };
    });
    await page.getByRole('button', { name: 'Print', exact: true }).click();
    await expect.poll(() => page.evaluate(() => (window as Window & { printedLoaded?: boolean }).printedLoaded)).toBe(true);

    // No format given: the page size is the sheet's own (@page size: A4), not Chromium's default Letter.
    const pdfPath = testInfo.outputPath('timeline.pdf');
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    await testInfo.attach('timeline.pdf', { path: pdfPath, contentType: 'application/pdf' });
    const pageSizes =
      execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdfPath], { encoding: 'utf8' }).match(/Page\s+\d+ size:\s+[\d.]+ x [\d.]+/g) ?? [];
    expect(pageSizes.length).toBeGreaterThan(1);
    for (const size of pageSizes) {
      const [width, height] = (size.match(/([\d.]+) x ([\d.]+)/)?.slice(1) ?? []).map(Number);
      expect(Math.round(width ?? 0), size).toBe(595);
      expect(Math.round(height ?? 0), size).toBe(842);
    }
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    fs.writeFileSync(testInfo.outputPath('timeline.txt'), text);
    const pages = text.split('\f').filter((one) => one.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    // The head on every page: the patient's name and the dates.
    for (const [index, one] of pages.entries()) {
      expect(one, `page ${index + 1}`).toContain(yamada.name);
      expect(one, `page ${index + 1}`).toContain('Care notebook');
    }
    const flat = text.replace(/\s+/g, '');
    for (const expected of [yamada.post, demo.firstPost, demo.comment, '中村健', 'Pharmacist', 'Meeting'])
      expect(flat).toContain(expected.replace(/\s+/g, ''));
    expect(flat).not.toContain(demo.privatePost);
    for (const control of ['Print the timeline', 'Back to the timeline', 'Synced', 'Send now', 'Offline'])
      expect(text).not.toContain(control);

    // A shorter range leaves the older posts out.
    const tenDaysAgo = new Date(Date.now() + 9 * 3_600_000 - 10 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('From', { exact: true }).fill(tenDaysAgo);
    await expect(sheet.getByText(yamada.post)).toBeVisible();
    await expect(sheet.getByText(demo.comment, { exact: false })).toHaveCount(0);
  } finally {
    await context.setOffline(false);
  }
});
