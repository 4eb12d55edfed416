/**
 * A reopened screen shows the picture kept of it (app/_lib/early-screen) before the app's own
 * code has started: only with the server's release of the device key (asked for once per start),
 * inert and hidden from assistive technology, and replaced by the app's screen. Never on a locked
 * device; sealed at rest, and gone at sign-out.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn, signOut } from '../support/sign-in';
import { waitForServiceWorker } from '../support/service-worker';
import { demoPatients, openTimeline } from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const yamada = demoPatients.yamada;
const picturePrefix = 'renraku.screenCopy.firstPaint.';

interface Seen {
  at: number;
  ariaHidden: string | null;
  inert: boolean;
  text: string;
  /** The app's own timeline was in the page at the same moment. */
  appScreenThere: boolean;
  /** Drawn into the page by the service worker (`worker`), or by the page's first script. */
  drawnBy: string | null;
}

/**
 * Runs before the page's scripts: notes the picture as it goes up (drawn into the page by the
 * service worker, app/_lib/early-screen/early-picture-worker.ts, or by the first script, boot.ts),
 * and its text until it goes (the parser may add a picture drawn into the page in more than one step).
 */
function watchForPicture(): void {
  let seen: Seen | null = null;
  new MutationObserver((_, observer) => {
    const shown = document.getElementById('renraku-early-screen');
    if (!shown) {
      if (seen) observer.disconnect();
      return;
    }
    seen ??= {
      at: performance.now(),
      ariaHidden: shown.getAttribute('aria-hidden'),
      inert: shown.inert,
      text: '',
      appScreenThere: [...document.querySelectorAll('.timeline')].some((timeline) => !shown.contains(timeline)),
      drawnBy: shown.dataset.drawnBy ?? null,
    };
    seen.text = shown.textContent ?? '';
    (window as unknown as { pictureSeen: Seen }).pictureSeen = seen;
  }).observe(document, { childList: true, subtree: true });
}

const pictureSeen = (page: Page) => page.evaluate(() => (window as unknown as { pictureSeen?: Seen }).pictureSeen ?? null);

/** The pictures as the page hands them to the service worker (Cache Storage; app/_lib/early-screen/pictures-for-worker.ts). */
function picturesForWorker(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const found = await (await caches.open('renraku-signals')).match('/__signals/early-pictures');
    return found ? found.text() : null;
  });
}

function keptPictures(page: Page): Promise<string | null> {
  return page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((each) => each.startsWith(prefix));
    return key ? localStorage.getItem(key) : null;
  }, picturePrefix);
}

/**
 * The device key's releases asked of the server from now on: the service worker's own asks (as a
 * screen's navigation begins, app/_lib/early-screen/early-key-worker.ts) and the page's that the worker did not
 * answer itself; `answeredEarly` counts the page's asks the worker answered with its own.
 */
function countKeyReleases(page: Page): { count: () => Promise<number>; answeredEarly: () => Promise<number> } {
  const asked: Request[] = [];
  page.context().on('request', (request) => {
    if (request.url().includes('/api/trpc/devices.unlockKey')) asked.push(request);
  });
  const fromWorker = async (request: Request) => (await request.response())?.fromServiceWorker() ?? false;
  return {
    count: async () => {
      let count = 0;
      for (const request of asked) if (request.serviceWorker() || !(await fromWorker(request))) count += 1;
      return count;
    },
    answeredEarly: async () => {
      let count = 0;
      for (const request of asked) if (!request.serviceWorker() && (await fromWorker(request))) count += 1;
      return count;
    },
  };
}

test('a reopened timeline shows its kept picture before the app has started, inert, then the app’s own screen; one key release', async ({
  page,
}) => {
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  const patientId = new URL(page.url()).searchParams.get('id') ?? '';
  await expect(page.locator('.timeline:not([data-from-copy]) article.post', { hasText: yamada.post })).toBeVisible();
  // Kept with the screen's copy, a moment after the live window settles: under the page's id, sealed.
  await expect.poll(() => keptPictures(page), { timeout: 15_000 }).toContain(`/patient?${patientId}`);
  const atRest = (await keptPictures(page)) ?? '';
  for (const secret of [yamada.name, yamada.kana, yamada.post, nurse.name]) expect(atRest).not.toContain(secret);
  // Handed to the service worker as kept: sealed there too.
  await expect.poll(() => picturesForWorker(page)).toContain(`/patient?${patientId}`);
  const forWorker = (await picturesForWorker(page)) ?? '';
  for (const secret of [yamada.name, yamada.kana, yamada.post, nurse.name]) expect(forWorker).not.toContain(secret);
  // The service worker in control, as on an installed tablet: it asks for the key as the reload begins.
  await waitForServiceWorker(page);

  await page.addInitScript(watchForPicture);
  const releases = countKeyReleases(page);
  // The app starts over a page the worker wrote into: nothing in it trips (a hydration error would
  // have React draw the whole page again).
  const problems: string[] = [];
  page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
  page.on('pageerror', (error) => void problems.push(error.message));
  await page.reload();
  const live = page.locator('.timeline:not([data-from-copy])');
  await expect(live).toHaveAttribute('aria-busy', 'false');
  expect(problems).toEqual([]);
  const seen = await pictureSeen(page);
  expect(seen, 'the picture went up').not.toBeNull();
  expect(seen?.text).toContain(yamada.post);
  expect(seen?.text).toContain(yamada.name);
  expect(seen?.ariaHidden).toBe('true');
  expect(seen?.inert).toBe(true);
  // Before the app had drawn anything of its own, and gone once it has.
  expect(seen?.appScreenThere).toBe(false);
  const firstScreen = await page.evaluate(() => performance.getEntriesByName('renraku:first-screen')[0]?.startTime ?? Infinity);
  expect(seen?.at).toBeLessThan(firstScreen);
  // The service worker drew it into the page (before the page's end), and it was on screen before the app's own.
  expect(seen?.drawnBy).toBe('worker');
  const painted = await page.evaluate(() => performance.getEntriesByName('renraku:early-screen-painted')[0]?.startTime ?? Infinity);
  expect(painted).toBeLessThan(firstScreen);
  await expect(page.locator('#renraku-early-screen')).toHaveCount(0);
  // One release per start: the service worker asked as the navigation began, and answered the
  // first script's ask with it (which the app then took).
  expect(await releases.count()).toBe(1);
  expect(await releases.answeredEarly()).toBe(1);
  await live.getByRole('article').filter({ hasText: yamada.post }).getByRole('button', { name: 'Comment', exact: true }).click();

  await page.goto('/');
  await signOut(page);
  expect(await keptPictures(page)).toBeNull();
  expect(await picturesForWorker(page)).toBeNull();
});

test('a locked device shows no picture and asks for no key: the lock screen comes', async ({ page }) => {
  await signIn(page, nurse);
  await openTimeline(page, yamada.name);
  const timelineUrl = page.url();
  await expect.poll(() => keptPictures(page), { timeout: 15_000 }).not.toBeNull();
  await waitForServiceWorker(page);

  await page.goto('/');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();

  await page.addInitScript(watchForPicture);
  const releases = countKeyReleases(page);
  await page.goto(timelineUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
  // Long enough for a key's round trip and a picture to have gone up.
  await page.waitForTimeout(1_000);
  expect(await pictureSeen(page)).toBeNull();
  expect(await releases.count()).toBe(0);
  expect(await page.content()).not.toContain(yamada.post);
});
