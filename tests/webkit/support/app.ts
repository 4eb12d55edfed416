/**
 * The app's everyday steps in WebKit, in either language (the demo accounts keep their own saved
 * language, so a screen may be Japanese or English).
 */
import { expect } from '@playwright/test';
import type { WebElement } from 'selenium-webdriver';
import type { Credentials } from '../../e2e/support/sign-in';
import { timelineText } from '../../e2e/support/timeline';
import type { WebKitPage } from './webkit-page';

export const either = {
  ...timelineText.either,
  loginId: /^(Login ID|ログインID)$/,
  password: /^(Password|パスワード)$/,
  signIn: /^(Sign in|サインイン)$/,
  signOut: /^(Sign out|サインアウト)$/,
  comment: /^(Comment|コメントする)$/,
  commentLabel: /^(Your comment|コメント)$/,
  sendComment: /^(Send comment|コメントを送る)$/,
  addPhoto: /^(Add photo|写真を追加)$/,
  lastSynced: /last synced|最終同期/,
  locked: /^(Locked|ロック中)$/,
  unlock: /^(Unlock|ロックを解除)$/,
} as const;

export async function signInWebKit(page: WebKitPage, account: Credentials & { name: string }): Promise<void> {
  await page.goto('/signin');
  await page.fill(either.loginId, account.loginId);
  await page.fill(either.password, account.password);
  await page.click('button', either.signIn);
  await page.waitForPath('/');
  await page.waitForText(new RegExp(account.name));
}

/** The lock screen of an app opened again with no server to vouch for a recent sign-in: the password unlocks it. */
export async function unlockWebKit(page: WebKitPage, password: string): Promise<void> {
  await page.element('h1', either.locked);
  await page.fill(either.password, password);
  await page.click('button', either.unlock);
  await page.waitUntil(async () => (await page.find('h1', either.locked, false)) === null, 'the lock screen to go', 20_000);
}

export async function openTimelineWebKit(page: WebKitPage, patientName: string): Promise<void> {
  await page.click('link', either.openMyPatients);
  await page.waitForPath('/patients');
  // Clicked on the element itself, not at its coordinates: a patient arriving meanwhile by the live
  // stream (another spec registers one) can shift the list between WebDriver's scroll and its click.
  const link = await page.link(new RegExp(`^${patientName}$`));
  await page.driver.executeScript('arguments[0].click()', link);
  await page.waitForPath('/patient');
  await page.waitForText(new RegExp(patientName));
}

/** The sync status says the device has synced (and when). */
// The demo's first sync carries twenty patients and their photos' metadata: on CI's busy two
// cores WebKit can take tens of seconds to finish it.
export async function waitUntilSyncedWebKit(page: WebKitPage, timeoutMs = 60_000): Promise<void> {
  await page.waitUntil(
    async () => {
      const status = await page.driver.executeScript<string>("return document.querySelector('.sync-status')?.innerText ?? ''");
      return either.synced.test(status) && either.lastSynced.test(status);
    },
    'the sync status to say synced',
    timeoutMs,
  );
}

/** The app's service worker in control of the page, as on an installed tablet (offline shell, early screen). */
export async function waitForServiceWorkerWebKit(page: WebKitPage): Promise<void> {
  await page.waitUntil(
    () => page.driver.executeScript<boolean>('return navigator.serviceWorker.controller !== null'),
    'the service worker to control the page',
  );
}

export async function writePostWebKit(page: WebKitPage, body: string): Promise<void> {
  await page.fill(either.message, body);
  await page.click('button', either.post);
  await waitForComposerEmptyWebKit(page);
}

/** The composer empties once Post has saved the post on the device. */
export async function waitForComposerEmptyWebKit(page: WebKitPage): Promise<void> {
  await page.waitUntil(async () => (await (await page.field(either.message)).getAttribute('value')) === '', 'the composer to empty');
}

/** Chooses files for the composer's "Add photo" input (visually hidden behind its label). */
export async function choosePhotos(page: WebKitPage, files: string[]): Promise<void> {
  const input = await page.driver.executeScript<WebElement>(
    `const label = [...document.querySelectorAll('label')].find((el) => new RegExp(arguments[0]).test(el.textContent.trim()));
     const input = label && label.control;
     if (input) { input.style.cssText = 'position: static; opacity: 1; width: auto; height: auto; clip: auto;'; }
     return input;`,
    either.addPhoto.source,
  );
  expect(input, 'the Add photo input').toBeTruthy();
  for (const file of files) await input.sendKeys(file);
}

/** Every record of every IndexedDB database of the page's origin, as JSON. */
export function dumpIndexedDbWebKit(page: WebKitPage): Promise<string> {
  return page.evaluate<string>(`
    const open = (name) => new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (db, store) => new Promise((resolve, reject) => {
      const request = db.transaction(store, 'readonly').objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump = {};
    for (const info of await indexedDB.databases()) {
      const db = await open(info.name);
      try {
        const stores = {};
        for (const store of Array.from(db.objectStoreNames)) stores[store] = await all(db, store);
        dump[info.name] = stores;
      } finally {
        db.close();
      }
    }
    return JSON.stringify(dump);
  `);
}
