/** Two devices that both wrote while offline end up with both posts, each exactly once. */
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, demoPassword } from '../support/accounts';
import { signIn } from '../support/sign-in';
import {
  demoPatients,
  newDevice,
  notSentMarker,
  openTimeline,
  postsWith,
  syncStatus,
  timelineText,
  uniqueText,
  waitUntilSynced,
  writePost,
  type TimelineTexts,
} from '../support/timeline';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
// language.spec.ts may switch this account to Japanese meanwhile: its screens are read in either.
const careManager = { ...demoAccounts.careManager, password: demoPassword };
const yamada = demoPatients.yamada;

test('posts written on two offline devices reach both, once each', async ({ page, context, browser }) => {
  const otherContext = await newDevice(browser);
  try {
    const other = await otherContext.newPage();
    const devices: Array<{ page: Page; text: TimelineTexts; body: string }> = [
      { page, text: timelineText.en, body: uniqueText('nurse offline') },
      { page: other, text: timelineText.either, body: uniqueText('care manager offline') },
    ];
    await signIn(page, nurse);
    await signIn(other, careManager);
    for (const device of devices) {
      await openTimeline(device.page, yamada.name, device.text);
      await waitUntilSynced(device.page, device.text);
    }

    await context.setOffline(true);
    await otherContext.setOffline(true);
    for (const device of devices) {
      await expect(syncStatus(device.page)).toContainText(device.text.offline);
      await writePost(device.page, device.body, device.text);
      await expect(notSentMarker(device.page, device.body, device.text)).toBeVisible();
    }

    await context.setOffline(false);
    await otherContext.setOffline(false);
    for (const device of devices) {
      for (const { body } of devices) {
        await expect(postsWith(device.page, body), body).toHaveCount(1, { timeout: 20_000 });
        await expect(notSentMarker(device.page, body, device.text)).toHaveCount(0, { timeout: 20_000 });
      }
      await expect(syncStatus(device.page)).toContainText(device.text.synced);
    }
  } finally {
    await context.setOffline(false);
    await otherContext.close();
  }
});
