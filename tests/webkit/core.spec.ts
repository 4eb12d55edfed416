/**
 * The nurse's everyday path in a real WebKit (Safari's engine): sign in, open a timeline, post,
 * comment, add a photo — and a doctor's Chromium sees each of them live; signing out leaves no
 * patient data behind.
 */
import path from 'node:path';
import { demoAccounts, demoPassword } from '../e2e/support/accounts';
import { signIn } from '../e2e/support/sign-in';
import { demoPatients, newDevice, openTimeline, postsWith, uniqueText, waitUntilSynced } from '../e2e/support/timeline';
import {
  choosePhotos,
  dumpIndexedDbWebKit,
  either,
  openTimelineWebKit,
  signInWebKit,
  waitUntilSyncedWebKit,
  writePostWebKit,
} from './support/app';
import { expect, test } from './support/fixtures';

const nurse = { ...demoAccounts.nurse, password: demoPassword };
const doctor = { ...demoAccounts.doctor, password: demoPassword };
const yamada = demoPatients.yamada;
const photo = (name: string) => path.join(import.meta.dirname, '../fixtures/photos', name);

test('a post, a comment and a photo written in WebKit reach a Chromium device live', async ({ webkit, browser }) => {
  // Two browsers, two sign-ins, two first syncs and a photo: 28–34 s alone, 41–59 s with a second
  // worker and a busy core (WebKit's sign-in alone 11 s then), 66 s in CI's full run (the project's 120 s).
  await signInWebKit(webkit, nurse);
  await openTimelineWebKit(webkit, yamada.name);
  await waitUntilSyncedWebKit(webkit);

  const doctorContext = await newDevice(browser);
  try {
    const desk = await doctorContext.newPage();
    await signIn(desk, doctor);
    await openTimeline(desk, yamada.name);
    await waitUntilSynced(desk);

    const body = uniqueText('webkit post');
    await writePostWebKit(webkit, body);
    await expect(postsWith(desk, body)).toHaveCount(1, { timeout: 20_000 });

    const comment = uniqueText('webkit comment');
    const article = await webkit.containing('article', new RegExp(body));
    await webkit.clickElement(
      await article.findElement({ xpath: ".//button[normalize-space()='Comment' or normalize-space()='コメントする']" }),
      'Comment',
    );
    await webkit.fill(either.commentLabel, comment);
    await webkit.click('button', either.sendComment);
    await expect(postsWith(desk, body).getByText(comment)).toBeVisible({ timeout: 20_000 });

    // A photo goes through the device's outbox (ArrayBuffers in WebKit's IndexedDB) to the server.
    const photoPost = uniqueText('webkit photo');
    await webkit.fill(either.message, photoPost);
    await choosePhotos(webkit, [photo('orientation/Portrait_6.jpg')]);
    await webkit.waitUntil(
      async () => (await webkit.driver.executeScript<number>("return document.querySelectorAll('.composer-files li img').length")) === 1,
      'the chosen photo in the composer',
    );
    await webkit.click('button', either.post);
    const thumbnails = postsWith(desk, photoPost).getByRole('group', { name: 'Attachments' }).getByRole('img');
    await expect(thumbnails).toHaveCount(1, { timeout: 30_000 });
    await expect(thumbnails.first()).toHaveAttribute('src', /^\/api\/files\/[0-9a-f-]+\/thumb$/, { timeout: 30_000 });
  } finally {
    await doctorContext.close();
  }
});

test('signing out in WebKit leaves no patient data on the device', async ({ webkit }) => {
  await signInWebKit(webkit, nurse);
  await openTimelineWebKit(webkit, yamada.name);
  await waitUntilSyncedWebKit(webkit);
  // Synced, and sealed at rest: the records are there, the patient's name is not in clear.
  const synced = await dumpIndexedDbWebKit(webkit);
  expect(synced).toContain('_sealed');
  expect(synced).not.toContain('山田');
  expect(synced).not.toContain(yamada.post);

  await webkit.goto('/');
  await webkit.click('button', either.signOut);
  await webkit.waitForPath('/signin');
  await webkit.field(either.loginId);

  const stored = await dumpIndexedDbWebKit(webkit);
  expect(stored).not.toContain('山田');
  expect(stored).not.toContain(yamada.post);
  const records = Object.entries(JSON.parse(stored) as Record<string, Record<string, unknown[]>>).flatMap(([database, stores]) =>
    Object.entries(stores)
      .filter(([, rows]) => rows.length > 0)
      .map(([store, rows]) => `${database}/${store}: ${rows.length}`),
  );
  expect(records).toEqual([]);
  expect(await webkit.driver.executeScript('return localStorage.getItem("renraku.profile")')).toBeNull();
});
