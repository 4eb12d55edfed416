/**
 * The screens `npm run screenshots` photographs, in Japanese: who is signed in, on which device,
 * where, and what must be on screen before the picture is taken. README links them by file name.
 */
import { expect, type Page } from '@playwright/test';
import type { DemoFacts } from './demo-facts';

export type ShotDevice = 'ipad' | 'desktop' | 'phone';

export interface Shot {
  file: string;
  /** The demo account's display name (its one-tap button on the sign-in page). */
  account: string | null;
  device: ShotDevice;
  path: (facts: DemoFacts) => string;
  /** Waits for the screen's content; may act on it (type, attach). */
  ready: (page: Page, facts: DemoFacts) => Promise<void>;
  /** The whole page, not just the viewport. */
  fullPage?: boolean;
  /** Skipped, not failed, when the route does not exist (a screen another branch is building). */
  optional?: boolean;
}

const nurse = '佐々木 由美';
const doctor = '青木 誠';
const careManager = '高橋 恵子';
const facilityAdmin = '井上 直子';
const regionAdmin = '田中 浩二';
const yamada = '山田 花子';
const newestPost = '本日午後の訪問は15時に変更。ご家族了承済み。';

const heading = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
const text = (page: Page, value: string | RegExp) => expect(page.getByText(value).first()).toBeVisible({ timeout: 30_000 });

export const shots: Shot[] = [
  {
    file: 'signin-demo-accounts.png',
    account: null,
    device: 'desktop',
    path: () => '/signin',
    ready: (page) => text(page, 'デモのアカウント'),
    fullPage: true,
  },
  {
    file: 'nurse-timeline-ipad.png',
    account: nurse,
    device: 'ipad',
    path: (facts) => `/patient?id=${facts.yamadaId}`,
    ready: async (page) => {
      await heading(page, yamada);
      await text(page, newestPost);
    },
  },
  {
    file: 'nurse-composer-photo-ipad.png',
    account: nurse,
    device: 'ipad',
    path: (facts) => `/patient?id=${facts.yamadaId}`,
    ready: async (page, facts) => {
      await text(page, newestPost);
      await page.getByLabel('メッセージ', { exact: true }).fill('右踵部褥瘡。1.2×0.8cm。上皮化が進み、滲出液なし。');
      await page.getByLabel('写真を追加').setInputFiles({ name: 'IMG_2450.jpg', mimeType: 'image/jpeg', buffer: facts.photo });
      await expect(page.getByRole('list', { name: 'この記事の写真とファイル' }).getByRole('listitem')).toHaveCount(1);
      await page.getByLabel('メッセージ', { exact: true }).scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'nurse-gallery-ipad.png',
    account: nurse,
    device: 'ipad',
    path: (facts) => `/patient/gallery?id=${facts.yamadaId}`,
    ready: (page) => expect(page.getByRole('img', { name: /^創部・状態/ })).toHaveCount(6, { timeout: 30_000 }),
  },
  {
    file: 'nurse-compare-ipad.png',
    account: nurse,
    device: 'ipad',
    path: (facts) => `/patient/compare?id=${facts.yamadaId}&a=${facts.woundIds[0]}&b=${facts.woundIds.at(-1)}`,
    ready: (page) => text(page, /日後$/),
  },
  {
    file: 'nurse-forms-ipad.png',
    account: nurse,
    device: 'ipad',
    path: (facts) => `/patient/forms?id=${facts.yamadaId}`,
    ready: (page) => text(page, '訪問看護指示書'),
  },
  {
    file: 'nurse-vitals-ipad.png',
    account: nurse,
    device: 'ipad',
    path: (facts) => `/patient/vitals?id=${facts.yamadaId}`,
    // The charts, not the empty entry form above them: scrolled to once the demo's readings are drawn.
    ready: async (page) => {
      await heading(page, /バイタル/);
      const charts = page.getByRole('region', { name: '推移' });
      await expect(charts.getByRole('group', { name: /、\d+件の記録$/ }).first()).toBeVisible({ timeout: 30_000 });
      await charts.evaluate((section) => section.scrollIntoView({ block: 'start' }));
    },
  },
  {
    file: 'doctor-home-desktop.png',
    account: doctor,
    device: 'desktop',
    path: () => '/',
    ready: async (page) => {
      await heading(page, doctor);
      await text(page, '同期済み');
    },
  },
  {
    file: 'doctor-patients-desktop.png',
    account: doctor,
    device: 'desktop',
    path: () => '/patients',
    ready: (page) => expect(page.getByRole('link', { name: yamada, exact: true })).toBeVisible({ timeout: 30_000 }),
  },
  {
    file: 'doctor-whats-new-desktop.png',
    account: doctor,
    device: 'desktop',
    path: () => '/whats-new',
    ready: (page) => text(page, yamada),
  },
  {
    file: 'doctor-search-desktop.png',
    account: doctor,
    device: 'desktop',
    path: () => '/patients',
    ready: async (page) => {
      await page.getByRole('searchbox', { name: '記録を検索' }).fill('褥瘡');
      await expect(page.getByRole('status').filter({ hasText: /件/ }).first()).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('mark').first()).toBeVisible();
    },
  },
  {
    file: 'doctor-fax-desktop.png',
    account: doctor,
    device: 'desktop',
    path: (facts) => `/patient/gallery?id=${facts.yamadaId}`,
    ready: async (page) => {
      await page.getByRole('img', { name: /^FAX/ }).first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      // The FAX mode: the legible black-and-white variant.
      await page.getByRole('button', { name: '読みやすく表示（白黒）' }).click();
    },
  },
  {
    file: 'facility-admin-staff-desktop.png',
    account: facilityAdmin,
    device: 'desktop',
    path: () => '/admin/staff',
    ready: (page) => text(page, '加藤 美穂'),
  },
  {
    file: 'facility-admin-devices-desktop.png',
    account: facilityAdmin,
    device: 'desktop',
    path: () => '/admin/devices',
    ready: (page) => text(page, '石井 翔太'),
  },
  {
    file: 'region-admin-applications-desktop.png',
    account: regionAdmin,
    device: 'desktop',
    path: () => '/admin/applications',
    ready: (page) => text(page, 'さくら薬局 みどり駅前店'),
  },
  {
    file: 'region-admin-mail-desktop.png',
    account: regionAdmin,
    device: 'desktop',
    path: () => '/admin/mail',
    ready: (page) => text(page, /さくら薬局/),
  },
  {
    file: 'caremanager-home-phone.png',
    account: careManager,
    device: 'phone',
    path: () => '/',
    ready: (page) => heading(page, careManager),
  },
  {
    file: 'caremanager-timeline-phone.png',
    account: careManager,
    device: 'phone',
    path: (facts) => `/patient?id=${facts.yamadaId}`,
    ready: (page) => text(page, newestPost),
  },
];
