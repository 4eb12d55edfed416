/**
 * Export (FHIR) on the patient's record: a team member saves a file that is a FHIR R4 Bundle of the
 * patient's record, valid against the official R4 JSON schema with every reference resolved inside
 * it; when the server cannot be reached or the session has ended, the page says so and nothing is saved.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import type { FhirBundle } from '../../../lib/fhir/bundle';
import { fhirBundleErrors } from '../../support/fhir-schema';
import { unresolvedReferences } from '../../support/fhir-references';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';
import { demoPatients, openTimeline } from '../support/timeline';

const doctor = { ...demoAccounts.doctor, password: demoPassword };
const yamada = demoPatients.yamada;

interface Bundle {
  resourceType: string;
  type: string;
  entry: Array<{
    fullUrl: string;
    resource: { resourceType: string; name?: Array<{ text: string }>; payload?: Array<{ contentString?: string }> };
  }>;
}

// The server is made unreachable with page.route, which misses a request that the app's service
// worker passes on (one run in six here: the file was saved): these tests run without it.
test.use({ serviceWorkers: 'block' });

test('Export (FHIR) downloads the patient’s record as a FHIR Bundle, and says offline that it needs the network', async ({
  page,
  context,
}) => {
  await signIn(page, doctor);
  await openTimeline(page, yamada.name);
  await page.getByText('Patient details', { exact: true }).click();
  const link = page.getByRole('link', { name: `Export the record of ${yamada.name} (FHIR)` });
  await expect(link).toHaveText('Export (FHIR)');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^山田花子_FHIR_\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as Bundle;
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  // Valid FHIR R4 (the official JSON schema), and every reference names an entry of the Bundle.
  expect(fhirBundleErrors(bundle)).toEqual([]);
  const references = unresolvedReferences(bundle as unknown as FhirBundle);
  expect(references.count).toBeGreaterThan(bundle.entry.length);
  expect(references.unresolved).toEqual([]);
  const resources = bundle.entry.map((entry) => entry.resource);
  const patient = resources.find((resource) => resource.resourceType === 'Patient');
  expect(patient?.name?.map((name) => name.text)).toEqual([yamada.name, 'ヤマダ ハナコ']);
  expect(resources.map((resource) => resource.resourceType)).toEqual(
    expect.arrayContaining(['CareTeam', 'Practitioner', 'PractitionerRole', 'Organization', 'Communication', 'Observation']),
  );
  const texts = resources.flatMap((resource) => resource.payload?.map((part) => part.contentString) ?? []);
  expect(texts).toContain(yamada.post);
  // The doctor wrote the demo's private post: it is theirs to export.
  expect(texts).toContain('仙骨部発赤、褥瘡の初期変化の可能性。エアマットへの変更を検討してください。');

  await context.setOffline(true);
  try {
    await expect(page.getByRole('button', { name: 'Export (FHIR)' })).toBeDisabled();
    await expect(page.getByText('Exporting needs an internet connection.')).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
  await expect(link).toBeVisible();

  // Online, but the server out of reach, then the session ended: the page says why; no file is saved.
  let saved = 0;
  page.on('download', () => (saved += 1));
  await page.route('**/api/fhir/patient/**', (route) => route.abort('connectionrefused'));
  await link.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cannot reach the server. Check your connection.' })).toBeVisible();
  await page.unroute('**/api/fhir/patient/**');
  await context.clearCookies({ name: 'renraku_session' });
  await link.click();
  await expect(page.getByRole('alert').filter({ hasText: 'Please sign in again.' })).toBeVisible();
  expect(saved).toBe(0);
});
