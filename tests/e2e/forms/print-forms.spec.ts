/**
 * The other official forms on A4, as Chromium prints them (its PDF, read back with pdftotext and
 * pdfinfo): the demo's finalised 訪問看護指示書 and the doctor's 主治医意見書 draft on the doctor's PC,
 * the nurse's 訪問看護計画書 draft on hers — in Japanese, with the patient and the signer, no app
 * controls, and the official page counts (one, two, one).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';
import { demoPatients, newDevice, openTimeline, waitUntilSynced } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const doctor = { ...demoAccounts.doctor, password: demoPassword };
const yamada = demoPatients.yamada;
const controls = ['Print', 'Finalise', 'Synced', 'Send now', 'Forms of', 'Save', 'Discard'];

/** The patient's forms list, once the device holds her forms. */
async function openForms(page: Page): Promise<void> {
  await openTimeline(page, yamada.name);
  await waitUntilSynced(page);
  await page.getByRole('link', { name: /^Forms/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Finalised forms' })).toBeVisible();
}

/** Opens a form from the list's section (finalised, or my drafts) and prints it. */
async function printForm(page: Page, testInfo: TestInfo, section: string, name: string, file: string) {
  await page.getByRole('region', { name: section }).getByRole('link', { name, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${name.replace(/[()’]/g, '.')}`) })).toBeVisible();
  const pdfPath = testInfo.outputPath(file);
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await testInfo.attach(file, { path: pdfPath, contentType: 'application/pdf' });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  fs.writeFileSync(testInfo.outputPath(file.replace(/\.pdf$/, '.txt')), text);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
  for (const control of controls) expect(text).not.toContain(control);
  await page.goBack();
  return { text, pages };
}

test('the doctor prints the finalised instruction and the opinion, the nurse the plan: A4, Japanese, 1, 2 and 1 pages', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  await signIn(page, doctor);
  await openForms(page);

  const instruction = await printForm(
    page,
    testInfo,
    'Finalised forms',
    'Visiting nursing instruction (訪問看護指示書)',
    'instruction.pdf',
  );
  for (const expected of ['訪問看護指示書', '山田', '花子', '令和', '指示期間', 'みどり在宅クリニック', '青木', '確定'])
    expect(instruction.text).toContain(expected);
  expect(instruction.pages).toBe(1);

  const opinion = await printForm(page, testInfo, 'My drafts', 'Physician’s opinion (主治医意見書)', 'opinion.pdf');
  for (const expected of ['主治医意見書', '山田', '花子', '青木', '下書き']) expect(opinion.text).toContain(expected);
  expect(opinion.pages).toBe(2);

  const nurseContext = await newDevice(browser);
  try {
    const tablet = await nurseContext.newPage();
    await signIn(tablet, nurse);
    await openForms(tablet);
    const plan = await printForm(tablet, testInfo, 'My drafts', 'Visiting nursing plan (訪問看護計画書)', 'plan.pdf');
    for (const expected of ['訪問看護計画書', '山田', '花子', 'みどり訪問看護ステーション', '心不全の増悪なく自宅で過ごせる'])
      expect(plan.text).toContain(expected);
    expect(plan.pages).toBe(1);
  } finally {
    await nurseContext.close();
  }
});
