/**
 * Figure 2: a post written on device A (through the timeline's composer) until it is on screen on
 * device B, both online, one post at a time. Both clocks are this machine's `Date.now()`.
 */
import type { Page } from 'playwright-core';

type BenchWindow = Window & { benchArrival?: Promise<number> };

async function openTimeline(page: Page, patientId: string, device: string): Promise<void> {
  await page.goto(`/patient?id=${patientId}`);
  try {
    await page.locator('article.post').first().waitFor();
    await page.locator('form.composer').getByRole('textbox', { name: 'Message', exact: true }).waitFor();
  } catch (error) {
    const shown = (await page.evaluate(() => document.body.innerText).catch(() => '')).replace(/\s+/g, ' ').slice(0, 200);
    throw new Error(`device ${device}: the timeline did not open (${page.url()} shows "${shown}"): ${String(error).split('\n')[0]}`);
  }
}

/** Arms device B: resolves (in the page) with the time an article containing `token` appears. */
function watchFor(page: Page, token: string): Promise<void> {
  return page.evaluate((token) => {
    (window as BenchWindow).benchArrival = new Promise<number>((resolve) => {
      const present = () => [...document.querySelectorAll('article.post')].some((article) => article.textContent?.includes(token));
      if (present()) return resolve(Date.now());
      const observer = new MutationObserver(() => {
        if (!present()) return;
        observer.disconnect();
        resolve(Date.now());
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, token);
}

export interface Propagation {
  /** Written on A until on screen on B. */
  totalMs: number;
  /** Written on A until the server answered A's push (seen by the bench). */
  pushedMs: number;
}

async function postOnce(sender: Page, receiver: Page, token: string, timeoutMs: number): Promise<Propagation> {
  await watchFor(receiver, token);
  let pushedAt = NaN;
  const pushed = sender
    .waitForResponse((response) => response.url().includes('sync.push') && (response.request().postData() ?? '').includes(token), {
      timeout: timeoutMs,
    })
    .then(() => (pushedAt = Date.now()))
    .catch(() => undefined);
  await sender.locator('form.composer').getByRole('textbox', { name: 'Message', exact: true }).fill(token);
  const sentAt = await sender.evaluate(() => {
    const button = document.querySelector<HTMLButtonElement>('form.composer button[type="submit"]');
    if (!button) throw new Error('no Post button');
    const at = Date.now();
    button.click();
    return at;
  });
  const arrivedAt = await receiver.evaluate(
    (timeoutMs) =>
      Promise.race([
        (window as BenchWindow).benchArrival ?? Promise.reject(new Error('not armed')),
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`not on device B within ${timeoutMs} ms`)), timeoutMs)),
      ]),
    timeoutMs,
  );
  await pushed;
  return { totalMs: arrivedAt - sentAt, pushedMs: pushedAt - sentAt };
}

/** Posts `count` times (after one warm-up post) and returns each one's latencies. */
export async function measurePropagation(sender: Page, receiver: Page, patientId: string, count: number): Promise<Propagation[]> {
  await Promise.all([openTimeline(sender, patientId, 'A'), openTimeline(receiver, patientId, 'B')]);
  const run = Math.random().toString(36).slice(2, 8);
  await postOnce(sender, receiver, `bench-propagation-${run}-warmup`, 15_000);
  const latencies: Propagation[] = [];
  for (let i = 1; i <= count; i += 1) latencies.push(await postOnce(sender, receiver, `bench-propagation-${run}-${i}`, 10_000));
  return latencies;
}
