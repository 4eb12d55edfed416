/**
 * The patient list, a patient's timeline and the sync status, and what the browser keeps in
 * IndexedDB. Texts are the English catalogue's (lib/i18n/messages/en.ts); `either` also accepts
 * the Japanese ones, for an account whose saved language another spec may switch meanwhile.
 */
import path from 'node:path';
import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { baseUrlOf } from './servers';

/** A photo of the repository's fixtures (tests/fixtures/photos). */
export const fixturePhoto = (name: string) => path.join(import.meta.dirname, '../../fixtures/photos', name);

export const demoPatients = {
  yamada: {
    name: '山田 花子',
    kana: 'ヤマダ',
    /** The newest demo post, by demo-nurse, visible to the whole team. */
    post: '本日午後の訪問は15時に変更。ご家族了承済み。',
  },
  sato: { name: '佐藤 一郎', post: '吸入手技を再指導しました。次回、主治医に痰の性状を報告予定。' },
  /**
   * Her nurse's and her doctor's. Only the What's new spec writes for her, and no spec opens her
   * timeline as the doctor: a new post there stays unread for him, where 山田 花子's are read by the
   * doctor's devices of the specs running beside it (a post read on any device leaves What's new on all).
   */
  kimura: { name: '木村 千代' },
} as const;

export interface TimelineTexts {
  openMyPatients: string | RegExp;
  message: string | RegExp;
  post: string | RegExp;
  notSent: string | RegExp;
  synced: string | RegExp;
  offline: string | RegExp;
  sendNow: string | RegExp;
}

export const timelineText = {
  en: {
    openMyPatients: 'Open my patients',
    message: 'Message',
    post: 'Post',
    notSent: 'Not yet sent',
    synced: 'Synced',
    offline: 'Offline',
    sendNow: 'Send now',
  },
  either: {
    openMyPatients: /^(Open my patients|担当患者の一覧を開く)$/,
    message: /^(Message|メッセージ)$/,
    post: /^(Post|投稿)$/,
    notSent: /^(Not yet sent|未送信)$/,
    synced: /Synced|同期済み/,
    offline: /Offline|オフライン/,
    sendNow: /^(Send now|今すぐ送信)$/,
  },
} as const satisfies Record<string, TimelineTexts>;

/** A text no other test, project or retry writes. */
export function uniqueText(label: string): string {
  return `e2e ${label} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Another device (a fresh browser context) on the main server, in English, with a desktop screen. */
export function newDevice(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrlOf('main'),
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
    serviceWorkers: 'allow',
    viewport: { width: 1280, height: 800 },
  });
}

/** The always-visible sync summary (other screens have role="status" hints of their own). */
export function syncStatus(page: Page): Locator {
  return page.locator('.sync-status').getByRole('status');
}

/**
 * Waits until this device is fully in sync: a first sync has happened, then "Send now" (which
 * awaits every collection's pull and push) has run to its end.
 */
export async function waitUntilSynced(page: Page, text: TimelineTexts = timelineText.en): Promise<void> {
  const status = syncStatus(page);
  await expect(status).toContainText(text.synced);
  await expect(status).toContainText(/last synced|最終同期/);
  const sendNow = page.getByRole('button', { name: text.sendNow });
  await sendNow.click();
  await expect(sendNow).toBeEnabled({ timeout: 30_000 });
  await expect(status).toContainText(text.synced);
}

/**
 * Registers a patient on /patients/new (English form) and waits for her timeline, which the app
 * opens next; returns her id, from its address.
 */
export async function registerPatient(
  page: Page,
  patient: { name: string; kana: string; born: string; sex: 'Female' | 'Male' },
): Promise<string> {
  await page.goto('/patients/new');
  await page.getByRole('textbox', { name: 'Name (required)' }).fill(patient.name);
  await page.getByLabel('Name in kana').fill(patient.kana);
  await page.getByLabel('Date of birth').fill(patient.born);
  await page.getByRole('radio', { name: patient.sex, exact: true }).check();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: patient.name })).toBeVisible();
  const id = new URL(page.url()).searchParams.get('id') ?? '';
  expect(id, 'the new patient’s id in the timeline’s address').not.toBe('');
  return id;
}

/** The link to a patient on /patients, named exactly by the patient's name. */
export function patientLink(page: Page, name: string): Locator {
  return page.getByRole('link', { name, exact: true });
}

/** From the home screen, opens My patients, then the patient by name; waits for the timeline. */
export async function openTimeline(page: Page, name: string, text: TimelineTexts = timelineText.en): Promise<void> {
  await page.getByRole('link', { name: text.openMyPatients }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/patients');
  const presses = await watchPresses(page);
  await patientLink(page, name).click();
  await expect(page)
    .toHaveURL((url) => url.pathname === '/patient' && url.searchParams.has('id'))
    .catch(async (error: unknown) => {
      // A tap on My patients that opened nothing (twice in full runs, desktop, never alone): what the page saw of it.
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nWhat the page saw of the press:\n${await presses()}`);
    });
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/**
 * Notes each press, release and click on the page from now on: its target's row, where, whether the
 * app took it, the list's order and scroll then, and the sync's status. Returns the notes so far.
 */
async function watchPresses(page: Page): Promise<() => Promise<string>> {
  await page.evaluate(() => {
    const notes: string[] = [];
    (window as unknown as { pressNotes: string[] }).pressNotes = notes;
    const rowOf = (target: EventTarget | null) =>
      target instanceof Element
        ? (target.closest('li')?.querySelector('.patient-link')?.textContent ?? target.tagName.toLowerCase())
        : String(target);
    const note = (phase: string) => (event: Event) => {
      const pointer = event as MouseEvent;
      const pane = document.querySelector('.pane-list');
      const order = Array.from(document.querySelectorAll('.patient-link'), (link) => link.textContent).join('|');
      notes.push(
        `${Math.round(performance.now())} ms ${event.type} (${phase}) on ${rowOf(event.target)} at y=${pointer.clientY}, taken=${event.defaultPrevented}, ` +
          `pane scrolled ${pane?.scrollTop ?? '-'}, status "${document.querySelector('.sync-status')?.textContent ?? ''}", order ${order}`,
      );
    };
    for (const type of ['pointerdown', 'pointerup', 'click']) document.addEventListener(type, note('first'), true);
    window.addEventListener('click', note('last'));
    window.addEventListener('pagehide', () => notes.push('pagehide'));
  });
  return () =>
    page
      .evaluate(() =>
        [...((window as unknown as { pressNotes?: string[] }).pressNotes ?? ['(none: the page was left)']), `now at ${location.href}`].join(
          '\n',
        ),
      )
      .catch((error: unknown) => `(could not read them: ${String(error)})`);
}

/** A patient's id, from the link in the patient list of someone on their team. */
export async function patientIdOf(page: Page, name: string): Promise<string> {
  const href = (await patientLink(page, name).getAttribute('href')) ?? '';
  return new URL(href, 'http://app.invalid').searchParams.get('id') ?? '';
}

/** Every article of the timeline whose text contains `body`. */
export function postsWith(page: Page, body: string): Locator {
  return page.getByRole('article').filter({ hasText: body });
}

/** The photos and files chosen for the post being written, each once it is prepared. */
export function chosenFiles(page: Page): Locator {
  return page.getByRole('list', { name: 'Photos and files for this post' }).getByRole('listitem');
}

/**
 * How long a chosen photo may take to be prepared (decoded, turned upright, downsized, hashed): two
 * phone photos take 2–3 s here alone, and went past 10 s in a CI run with WebKit beside Chromium.
 */
export const preparedWithin = { timeout: 30_000 };

/** Writes a post with the composer (category left at its default). */
export async function writePost(page: Page, body: string, text: TimelineTexts = timelineText.en): Promise<void> {
  await page.getByLabel(text.message, { exact: true }).fill(body);
  await page.getByRole('button', { name: text.post, exact: true }).click();
  await expect(page.getByLabel(text.message, { exact: true })).toHaveValue('');
}

/** The "not yet sent" marker of the one post containing `body`. */
export function notSentMarker(page: Page, body: string, text: TimelineTexts = timelineText.en): Locator {
  return postsWith(page, body).getByText(text.notSent, { exact: true });
}

/** Every record of every object store of every IndexedDB database of the page's origin, as JSON. */
export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
      });
    const all = (db: IDBDatabase, store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`cannot read ${store}`));
      });
    const dump: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await Promise.race([open(info.name), new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000))]);
      if (!db) throw new Error(`IndexedDB ${info.name} does not open: a deletion waits on a connection someone keeps`);
      try {
        const stores: Record<string, unknown[]> = {};
        for (const store of Array.from(db.objectStoreNames)) stores[store] = await all(db, store);
        dump[info.name] = stores;
      } finally {
        db.close();
      }
    }
    return JSON.stringify(dump);
  });
}
