/**
 * No signal, in a real WebKit: the server is reached through a proxy the test cuts (WebDriver has
 * no offline switch). The app opens from its service worker, keeps a post written meanwhile across
 * a reload, and sends it by itself once the server can be reached again.
 */
import { demoAccounts, demoPassword } from '../e2e/support/accounts';
import { servers } from '../e2e/support/servers';
import { signIn } from '../e2e/support/sign-in';
import { demoPatients, newDevice, openTimeline, postsWith, uniqueText, waitUntilSynced } from '../e2e/support/timeline';
import {
  openTimelineWebKit,
  signInWebKit,
  unlockWebKit,
  waitForServiceWorkerWebKit,
  waitUntilSyncedWebKit,
  writePostWebKit,
} from './support/app';
import { expect, test } from './support/fixtures';
import { startSwitchableProxy } from './support/switchable-proxy';
import type { WebKitPage } from './support/webkit-page';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const doctor = { ...demoAccounts.doctor, password: demoPassword };
const yamada = demoPatients.yamada;

async function notSentMarkerShown(page: WebKitPage, body: string): Promise<boolean> {
  const article = await page.containing('article', new RegExp(body));
  return /Not yet sent|未送信/.test(await article.getText());
}

test('a post written with the server out of reach is kept, then sent by itself', async ({ openWebKit, browser }) => {
  const proxy = await startSwitchableProxy(servers.main.port);
  const doctorContext = await newDevice(browser);
  try {
    const tablet = await openWebKit(proxy.url);
    await signInWebKit(tablet, nurse);
    await openTimelineWebKit(tablet, yamada.name);
    await waitUntilSyncedWebKit(tablet);
    await waitForServiceWorkerWebKit(tablet);

    const desk = await doctorContext.newPage();
    await signIn(desk, doctor);
    await openTimeline(desk, yamada.name);
    await waitUntilSynced(desk);

    await proxy.cut();
    await tablet.reload();
    await unlockWebKit(tablet, nurse.password);
    await tablet.waitForText(new RegExp(yamada.name));
    const body = uniqueText('webkit offline');
    await writePostWebKit(tablet, body);
    await tablet.waitUntil(() => notSentMarkerShown(tablet, body), 'the post marked as not yet sent');

    // Still there after a reload with no server, and nowhere else yet.
    await tablet.reload();
    await unlockWebKit(tablet, nurse.password);
    await tablet.waitUntil(() => notSentMarkerShown(tablet, body), 'the post, still unsent, after a reload');
    await expect(postsWith(desk, body)).toHaveCount(0);

    await proxy.restore();
    await expect(postsWith(desk, body)).toHaveCount(1, { timeout: 40_000 });
    await tablet.waitUntil(async () => !(await notSentMarkerShown(tablet, body)), 'the post to be marked sent', 30_000);
  } finally {
    await doctorContext.close();
    await proxy.close();
  }
});
