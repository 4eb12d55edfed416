/**
 * Vital signs recorded offline on a tablet: an impossible pressure is refused with its range named,
 * a plausible reading is kept and synced by itself, and the doctor's PC charts it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { reachUnlocked } from '../support/lock';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn } from '../support/sign-in';
import { demoPatients, newDevice, openTimeline, waitUntilSynced } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const doctor = { ...demoAccounts.doctor, password: demoPassword };
const yamada = demoPatients.yamada;

const field = (page: Page, name: string) => page.getByRole('textbox', { name: new RegExp(`^${name} \\(`) });
const weightChart = (page: Page) => page.getByRole('group', { name: /^Body weight, \d+ readings$/ });
const readingsIn = async (chart: Locator) => Number(/, (\d+) readings$/.exec((await chart.getAttribute('aria-label')) ?? '')?.[1]);

test('vitals recorded offline are refused when impossible, else kept, synced and charted on the PC @tablet', async ({
  page,
  context,
  browser,
}, testInfo) => {
  // Two sign-ins, offline and back: more than a minute on a busy two-core machine.
  test.setTimeout(150_000);
  // A weight no other run writes, to find this reading among the demo's (47–49 kg) and the other
  // projects' running at the same time: each project has its own ten kilograms from 60 kg.
  const projectBase = 60 + 10 * testInfo.config.projects.findIndex((project) => project.name === testInfo.project.name);
  const weight = `${projectBase + Math.floor(Math.random() * 10)}.${1 + Math.floor(Math.random() * 9)}`;

  const doctorContext = await newDevice(browser);
  try {
    // The doctor's PC has the vitals open before the reading exists, and never reloads.
    const pc = await doctorContext.newPage();
    await signIn(pc, doctor);
    await openTimeline(pc, yamada.name);
    await waitUntilSynced(pc);
    await pc.getByRole('link', { name: 'Vitals', exact: true }).click();
    await expect(weightChart(pc)).toBeVisible();
    const before = await readingsIn(weightChart(pc));
    expect(before).toBeGreaterThan(0);

    await signIn(page, nurse);
    await openTimeline(page, yamada.name);
    await waitUntilSynced(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Vitals', exact: true }).click();
    await reachUnlocked(page, page.getByRole('heading', { level: 1, name: `Vitals of ${yamada.name}` }), nurse.password);
    await expect(page.getByLabel('Measured at', { exact: true })).not.toHaveValue('');

    // 300/20: refused, each range named, the first wrong value focused, nothing recorded.
    await field(page, 'Systolic blood pressure').fill('300');
    await field(page, 'Diastolic blood pressure').fill('20');
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'This cannot be recorded yet' });
    await expect(refused).toContainText('Systolic blood pressure must be between 50 and 250 mmHg.');
    await expect(refused).toContainText('Diastolic blood pressure must be between 30 and 150 mmHg.');
    await expect(field(page, 'Systolic blood pressure')).toBeFocused();
    await expect(page.getByText('Recorded.', { exact: true })).toHaveCount(0);

    await field(page, 'Systolic blood pressure').fill('128');
    await field(page, 'Diastolic blood pressure').fill('76');
    await field(page, 'Temperature').fill('36.8');
    await field(page, 'Pulse').fill('72');
    await field(page, 'SpO2').fill('97');
    await field(page, 'Body weight').fill(weight);
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await expect(page.getByText('Recorded.', { exact: true })).toBeVisible();
    const row = (on: Page) => on.getByRole('row').filter({ hasText: `${weight} kg` });
    await expect(row(page)).toHaveCount(1);
    await expect(row(page)).toContainText('Not yet sent');
    await expect(row(page)).toContainText('128/76');
    await expect(row(pc)).toHaveCount(0);

    // Back online: sent by itself, and the PC's chart and table show it without a reload.
    await context.setOffline(false);
    await expect(row(page).getByText('Not yet sent')).toHaveCount(0, { timeout: 30_000 });
    await expect(row(pc)).toHaveCount(1, { timeout: 30_000 });
    await expect(row(pc)).toContainText(nurse.name);
    expect(await readingsIn(weightChart(pc))).toBeGreaterThan(before);

    // Its point on the chart is a button named by its time and value, chosen from the keyboard too,
    // and says its value below the chart; chosen again, it is let go.
    const figure = pc.locator('figure').filter({ has: weightChart(pc) });
    const point = figure.getByRole('button', { name: new RegExp(`: ${weight.replace('.', '\\.')} kg$`) });
    const said = figure.locator('.trend-value');
    await point.focus();
    await pc.keyboard.press('Enter');
    await expect(point).toHaveAttribute('aria-pressed', 'true');
    await expect(said).toContainText(`${weight} kg`);
    await pc.keyboard.press(' ');
    await expect(point).toHaveAttribute('aria-pressed', 'false');
    await expect(said).not.toContainText(`${weight} kg`);
  } finally {
    await context.setOffline(false);
    await doctorContext.close();
  }
});
