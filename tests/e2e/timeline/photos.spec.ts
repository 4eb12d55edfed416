/**
 * A photo taken offline on a tablet: shown at once from the device, kept across a reload, sent by
 * itself once online; the doctor then sees the server's upright, downsized, metadata-free image,
 * and nobody else can fetch it.
 */
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { demoAccounts, demoPassword } from '../support/accounts';
import { baseUrlOf } from '../support/servers';
import { waitForServiceWorker } from '../support/service-worker';
import { signIn, signOut, unlock } from '../support/sign-in';
import {
  chosenFiles,
  demoPatients,
  fixturePhoto,
  newDevice,
  openTimeline,
  postsWith,
  preparedWithin,
  syncStatus,
  uniqueText,
  waitUntilSynced,
} from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const doctor = { ...demoAccounts.doctor, password: demoPassword };
const outsider = { ...demoAccounts.outsider, password: demoPassword };
const yamada = demoPatients.yamada;

function thumbnails(page: Page, body: string) {
  return postsWith(page, body).getByRole('group', { name: 'Attachments' }).getByRole('img');
}

test('a photo taken offline reaches the doctor upright, downsized and without its metadata @tablet', async ({ page, context, browser }) => {
  // Two devices, an offline round, the server's image variants and four checks of what it serves:
  // 45–56 s in CI runs, against the default 60 s.
  test.setTimeout(120_000);
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  await waitUntilSynced(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await unlock(page, demoPassword);
  await expect(syncStatus(page)).toContainText('Offline');
  const body = uniqueText('wound photo');
  await page.getByLabel('Message', { exact: true }).fill(body);
  // An 8 MP phone photo with its EXIF, and a portrait shot stored sideways (EXIF orientation 6).
  await page.getByLabel('Add photo').setInputFiles([fixturePhoto('exif/phone-jolla.jpg'), fixturePhoto('orientation/Portrait_6.jpg')]);
  await expect(chosenFiles(page)).toHaveCount(2, preparedWithin);

  // The draft survives a reload (as when Android's camera app pushes the page out of memory); the
  // app opened again offline asks for the password first.
  await page.reload();
  await unlock(page, demoPassword);
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue(body);
  await expect(chosenFiles(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Post', exact: true }).click();

  await expect(thumbnails(page, body)).toHaveCount(2);
  await expect(postsWith(page, body).getByText('Waiting to send')).toHaveCount(2);
  await page.reload();
  await unlock(page, demoPassword);
  await expect(thumbnails(page, body)).toHaveCount(2);
  await expect(thumbnails(page, body).first()).toHaveJSProperty('complete', true);
  expect(
    await thumbnails(page, body)
      .first()
      .evaluate((img: HTMLImageElement) => img.naturalWidth),
  ).toBeGreaterThan(0);
  await expect(syncStatus(page)).toContainText('Offline (3 waiting)');

  // Back online: the post goes, then its photos, with nothing clicked.
  await context.setOffline(false);
  await expect(postsWith(page, body).getByText('Waiting to send')).toHaveCount(0, { timeout: 30_000 });
  await expect(thumbnails(page, body).first()).toHaveAttribute('src', /^\/api\/files\/[0-9a-f-]+\/thumb$/);
  await expect(syncStatus(page)).toContainText('Synced');

  const doctorContext = await newDevice(browser);
  try {
    const desk = await doctorContext.newPage();
    await signIn(desk, doctor);
    await openTimeline(desk, yamada.name);
    await expect(thumbnails(desk, body)).toHaveCount(2, { timeout: 20_000 });
    const sources = await thumbnails(desk, body).evaluateAll((images) =>
      images.map((img) => (img as HTMLImageElement).getAttribute('src') ?? ''),
    );
    const displays = sources.map((source) => source.replace(/\/thumb$/, '/display'));

    const served = await Promise.all(
      displays.map(async (url) => {
        const response = await desk.request.get(url);
        expect(response.status()).toBe(200);
        expect(response.headers()['cache-control']).toBe('no-store');
        expect(response.headers()['x-content-type-options']).toBe('nosniff');
        expect(response.headers()['content-security-policy']).toContain('sandbox');
        return sharp(await response.body()).metadata();
      }),
    );
    // Both photos come out upright: the phone photo in landscape, the sideways-stored portrait standing.
    expect(served.map(({ format, width, height }) => ({ format, width, height })).sort((a, b) => (b.width ?? 0) - (a.width ?? 0))).toEqual([
      { format: 'webp', width: 1600, height: 1200 },
      { format: 'webp', width: 1067, height: 1600 },
    ]);
    for (const metadata of served) {
      expect(metadata?.exif).toBeUndefined();
      expect(metadata?.xmp).toBeUndefined();
    }

    // Nobody else: not a request without a session, nor someone not on the team.
    const anonymous = await browser.newContext({ baseURL: baseUrlOf('main') });
    expect((await anonymous.request.get(displays[0] ?? '')).status()).toBe(401);
    await anonymous.close();
    const outsiderContext = await newDevice(browser);
    const stranger = await outsiderContext.newPage();
    await signIn(stranger, outsider);
    expect((await stranger.request.get(displays[0] ?? '')).status()).toBe(404);
    await outsiderContext.close();
  } finally {
    await doctorContext.close();
  }
});

test('an iPhone HEIC is converted by the server; a web page named .jpg is refused with its reason and nothing else is lost', async ({
  page,
}) => {
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  await waitUntilSynced(page);

  const body = uniqueText('heic and fake');
  const fake = {
    name: 'wound.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'),
  };
  await page.getByLabel('Message', { exact: true }).fill(body);
  await page.getByLabel('Add photo').setInputFiles(fixturePhoto('exif/iphone_13_pro_max.HEIC'));
  await page.getByLabel('Add photo').setInputFiles(fake);
  await expect(chosenFiles(page)).toHaveCount(2, preparedWithin);
  await page.getByRole('button', { name: 'Post', exact: true }).click();

  const post = postsWith(page, body);
  await expect(post.getByText(/^Not sent: This kind of file cannot be attached\./)).toBeVisible({ timeout: 60_000 });
  await expect(post.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(post.getByText('Waiting to send')).toHaveCount(0, { timeout: 60_000 });
  const converted = post.locator('img[src$="/thumb"]');
  // The server decodes a 12 MP HEIC in WebAssembly: seconds on a busy two-core machine.
  await expect(converted).toHaveCount(1, { timeout: 60_000 });
  const display = ((await converted.getAttribute('src')) ?? '').replace(/\/thumb$/, '/display');
  const metadata = await sharp(await (await page.request.get(display)).body()).metadata();
  expect(metadata).toMatchObject({ format: 'webp', width: 1200, height: 1600 });
  expect(metadata.exif).toBeUndefined();

  // The refused photo waits for the user on the list of unsent things; the post itself went.
  await expect(post.getByText('Not sent', { exact: true })).toHaveCount(0);
  await page.goto('/sync');
  await expect(page.getByRole('heading', { name: 'Photos and files (1)' })).toBeVisible();
  await expect(page.getByText(/wound\.jpg/)).toBeVisible();
});

test('the doctor opens a photo full screen, then compares two in the patient’s gallery; synced thumbnails stay viewable offline', async ({
  page,
  context,
}) => {
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  const body = uniqueText('two wound photos');
  await page.getByLabel('Message', { exact: true }).fill(body);
  await page
    .getByLabel('Add photo')
    .setInputFiles([fixturePhoto('orientation/Landscape_1.jpg'), fixturePhoto('orientation/Portrait_1.jpg')]);
  await expect(chosenFiles(page)).toHaveCount(2, preparedWithin);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
  await expect(postsWith(page, body).getByText('Waiting to send')).toHaveCount(0, { timeout: 30_000 });
  await expect(postsWith(page, body).locator('img[src$="/thumb"]')).toHaveCount(2);

  await postsWith(page, body)
    .getByRole('button', { name: /^Open / })
    .first()
    .click();
  const viewer = page.getByRole('dialog', { name: 'Photo viewer' });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByText('1 / 2')).toBeVisible();
  await viewer.getByRole('button', { name: 'Next photo' }).click();
  await expect(viewer.getByText('2 / 2')).toBeVisible();
  await expect(viewer.locator('img[src$="/display"]')).toBeVisible();
  // The conversation about the photos, beside them.
  const comment = uniqueText('edge of the wound is red');
  await viewer.getByText('Comments on this post (0)').click();
  await viewer.getByRole('button', { name: 'Comment', exact: true }).click();
  await viewer.getByLabel('Your comment').fill(comment);
  await viewer.getByRole('button', { name: 'Send comment' }).click();
  await expect(viewer.getByText(comment)).toBeVisible();
  await expect(viewer.getByText('Comments on this post (1)')).toBeVisible();
  await viewer.getByRole('button', { name: 'Close' }).click();
  // Closed, the viewer leaves the page at once: its copy of the comment must not linger, hidden, in the post.
  await expect(viewer).toBeHidden();
  await expect(page.locator('dialog.photo-viewer')).toHaveCount(0);
  await expect(postsWith(page, body).getByText(comment)).toBeVisible();

  await page.getByRole('link', { name: /^Photos/ }).click();
  await expect(page.getByRole('heading', { name: `Photos of ${yamada.name}` })).toBeVisible();
  await page.getByRole('button', { name: 'Choose two to compare' }).click();
  const tiles = page.locator('[aria-pressed]').filter({ has: page.locator('img') });
  await tiles.nth(0).click();
  await tiles.nth(1).click();
  await page.getByRole('button', { name: 'Compare the two', exact: true }).click();
  await expect(page.getByRole('heading', { name: `Compare photos of ${yamada.name}` })).toBeVisible();
  await expect(page.getByText('Same day')).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(2);

  // Thumbnails seen once stay on the device, encrypted in the outbox: never in a cache in clear.
  await waitForServiceWorker(page);
  await page.goBack();
  await page.reload();
  const thumbs = page.locator('main img[src$="/thumb"]');
  await expect(thumbs.first()).toBeVisible();
  const keptThumbnails = () =>
    page.evaluate(async () => {
      const name = (await indexedDB.databases()).map((info) => info.name ?? '').find((each) => each.startsWith('renraku-outbox-'));
      if (!name) return 0;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('no outbox'));
      });
      try {
        if (!db.objectStoreNames.contains('thumbs')) return 0;
        return await new Promise<number>((resolve) => {
          const request = db.transaction('thumbs').objectStore('thumbs').count();
          request.onsuccess = () => resolve(request.result);
        });
      } finally {
        db.close();
      }
    });
  await expect.poll(keptThumbnails).toBeGreaterThanOrEqual(2);
  await context.setOffline(true);
  try {
    await page.reload();
    await unlock(page, demoPassword);
    const kept = page.locator('main img[src^="blob:"]');
    await expect(kept.first()).toBeVisible();
    await expect.poll(() => kept.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  } finally {
    await context.setOffline(false);
  }
  // The only caches are the app shell's and the badge's numbers (renraku-signals); file responses say no-store.
  expect(
    await page.evaluate(async () =>
      (await caches.keys()).filter((name) => !name.startsWith('workbox-precache') && name !== 'renraku-signals'),
    ),
  ).toEqual([]);
  expect(
    await page.evaluate(async () =>
      (await (await caches.open('renraku-signals')).keys())
        .map((request) => new URL(request.url).pathname)
        .filter((path) => path.startsWith('/api/')),
    ),
  ).toEqual([]);
  // Signing out removes them with the rest of the patient data.
  await page.goto('/');
  await signOut(page);
  expect(await keptThumbnails()).toBe(0);
});

test('documents go as they are and come back as downloads; a 400-megapixel photo is refused on the device before it is decoded', async ({
  page,
}) => {
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  const body = uniqueText('referral letter');
  await page.getByLabel('Message', { exact: true }).fill(body);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await page.getByLabel('Attach file').setInputFiles({ name: '診療情報提供書.pdf', mimeType: 'application/pdf', buffer: pdf });
  // A PNG whose header claims 20,000 × 20,000 pixels: refused from its header, never decoded.
  const bomb = Buffer.alloc(33);
  Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(bomb, 0);
  bomb.writeUInt32BE(20_000, 16);
  bomb.writeUInt32BE(20_000, 20);
  await page.getByLabel('Add photo').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: bomb });
  await expect(page.getByText('huge.png: The image has too many pixels.', { exact: false })).toBeVisible();
  await expect(chosenFiles(page)).toHaveCount(1, preparedWithin);
  await page.getByRole('button', { name: 'Post', exact: true }).click();

  const link = postsWith(page, body).getByRole('link', { name: 'Download 診療情報提供書.pdf' });
  await expect(link).toBeVisible({ timeout: 30_000 });
  const response = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['content-disposition']).toBe(
    `attachment; filename="_______.pdf"; filename*=UTF-8''${encodeURIComponent('診療情報提供書.pdf')}`,
  );
  expect(Buffer.compare(await response.body(), pdf)).toBe(0);
});
