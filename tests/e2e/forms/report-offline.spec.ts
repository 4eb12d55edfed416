/**
 * A 訪問看護報告書 filled in offline on a tablet: finalising names and focuses an empty required
 * field, the draft survives the tab dying, the finalised form syncs by itself, and the doctor opens
 * it on the PC and prints it (Chromium's PDF, its text read back with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { reachUnlocked } from '../support/lock';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn, unlock } from '../support/sign-in';
import { demoPatients, newDevice, openTimeline, uniqueText, waitUntilSynced } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const doctor = { ...demoAccounts.doctor, password: demoPassword };
const yamada = demoPatients.yamada;
const report = 'Visiting nursing report (訪問看護報告書)';

const courseField = (page: Page) => page.getByRole('textbox', { name: /^Course of illness \(病状の経過\)/ });
const careField = (page: Page) => page.getByRole('textbox', { name: /^Nursing and rehabilitation given/ });

test('a report filled offline is finalised, synced, opened and printed by the doctor @tablet', async ({
  page,
  context,
  browser,
}, testInfo) => {
  // Two sign-ins, a crash and a print: more than one sign-in's minute on a busy two-core machine.
  test.setTimeout(150_000);
  await signIn(page, nurse);
  // The demo's 訪問看護指示書 ends within 14 days: the home screen says so once it has synced.
  const ending = page.getByRole('region', { name: 'Visiting nursing instructions ending' });
  await expect(ending.getByRole('link', { name: new RegExp(`^${yamada.name}: until .+ \\(\\d+ days? left\\)$`) })).toBeVisible();
  await openTimeline(page, yamada.name);
  await waitUntilSynced(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.getByRole('link', { name: /^Forms/ }).click();
  // The forms list's payload may not be on the device yet (its prefetch still under way when the
  // line dropped): then the click is a full load from the service worker, which asks for the password.
  const newReport = page.getByRole('button', { name: `New ${report}` });
  await reachUnlocked(page, newReport, nurse.password);
  await newReport.click();
  await expect(page).toHaveURL((url) => url.pathname === '/patient/form' && url.searchParams.has('form'));
  const formUrl = new URL(page.url());
  const formId = formUrl.searchParams.get('form') ?? '';
  await reachUnlocked(page, page.getByRole('heading', { level: 1, name: new RegExp(`^${escape(report)}`) }), nurse.password);
  // Pre-filled from the patient's record and the author's profile.
  await expect(page.getByRole('textbox', { name: /^Client’s name/ })).toHaveValue(yamada.name);
  await expect(page.getByRole('textbox', { name: /^Author’s name/ })).toHaveValue(nurse.name);

  // A required field left empty: finalising is refused, the field named and focused.
  await page.getByRole('button', { name: 'Finalise', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot finalise' })).toContainText(
    'Cannot finalise: “Course of illness (病状の経過)” is empty.',
  );
  await expect(courseField(page)).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Typed text is on the device as it changes: the tab dies, and a new one finds it.
  const course = uniqueText('経過');
  const care = uniqueText('看護内容');
  await courseField(page).fill(course);
  await careField(page).fill(care);
  // "Saving…" until the last keystroke is in the device's database (encrypted there, so not read back).
  await expect(page.getByText(/^Saved on this device/)).toBeVisible();
  await crash(page);
  const again = await context.newPage();
  await again.goto(formUrl.pathname + formUrl.search);
  // The app opened again: the device's records are encrypted until the password unlocks them, offline too.
  await unlock(again, nurse.password);
  await expect(courseField(again)).toHaveValue(course);
  await expect(careField(again)).toHaveValue(care);

  await again.getByRole('button', { name: 'Finalise', exact: true }).click();
  await again.getByRole('dialog').getByRole('button', { name: 'Finalise', exact: true }).click();
  await expect(again.getByText(`Finalised by ${nurse.name}`, { exact: false })).toBeVisible();
  await expect(again.getByText('Not yet sent', { exact: true }).first()).toBeVisible();

  // Back online: sent by itself.
  await context.setOffline(false);
  await expect(again.getByText('Not yet sent', { exact: true })).toHaveCount(0, { timeout: 30_000 });

  const doctorContext = await newDevice(browser);
  try {
    const pc = await doctorContext.newPage();
    await signIn(pc, doctor);
    await openTimeline(pc, yamada.name);
    await waitUntilSynced(pc);
    const card = pc.getByRole('group', { name: report }).filter({ has: pc.locator(`a[href*="${formId}"]`) });
    await expect(card).toBeVisible();
    await card.getByRole('link', { name: `Open ${report}` }).click();
    await expect(pc.getByText(`Finalised by ${nurse.name}`, { exact: false })).toBeVisible();
    await expect(pc.getByText(course)).toBeVisible();

    const pdfPath = testInfo.outputPath('report.pdf');
    await pc.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await testInfo.attach('report.pdf', { path: pdfPath, contentType: 'application/pdf' });
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
    fs.writeFileSync(testInfo.outputPath('report.txt'), text);
    // Japanese whatever the UI language, with the patient, the author, the dates and what was typed.
    for (const expected of ['訪問看護報告書', '山田', '花子', nurse.name.split(' ')[0]!, course, care, '令和', '病状の経過'])
      expect(text).toContain(expected);
    // No app controls, no English labels.
    for (const control of ['Print', 'Finalise', 'Synced', 'Send now', 'Forms of', 'Course of illness']) expect(text).not.toContain(control);
    expect(pages).toBe(1);
  } finally {
    await context.setOffline(false);
    await doctorContext.close();
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The renderer dies as a tablet's battery would: no pagehide, no visibilitychange, nothing flushed. */
async function crash(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // Chromium never answers this command: its renderer is gone.
  void session.send('Page.crash').catch(() => undefined);
  await crashed;
  // The tab is gone; the browser (its offline switch) lives on.
  await page.close().catch(() => undefined);
}
