/**
 * Photographs the main screens of a running demo in Chromium (Japanese UI) and writes compressed
 * PNGs. One browser context per account and device, signed in through the demo's one-tap list, as
 * a new user would. Used by `npm run screenshots` (run.ts) and, on a few shots, by an e2e spec.
 */
import fs from 'node:fs';
import path from 'node:path';
import { devices, expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import type { DemoFacts } from './demo-facts';
import { shots as allShots, type Shot, type ShotDevice } from './shots';

const viewports: Record<ShotDevice, Parameters<Browser['newContext']>[0]> = {
  // iPad portrait and a phone, at 1× so the committed PNGs stay small.
  ipad: { ...devices['iPad (gen 7)'], deviceScaleFactor: 1 },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  phone: { ...devices['Pixel 7'], deviceScaleFactor: 1 },
};

export interface ScreenshotRun {
  browser: Browser;
  baseUrl: string;
  facts: DemoFacts;
  outDir: string;
  /** Only these files (all when absent). */
  only?: string[];
  log?: (line: string) => void;
}

async function signInAs(page: Page, name: string): Promise<void> {
  await page.goto('/signin');
  await page.getByRole('button', { name: `${name}としてサインイン` }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/', { timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
}

/** Waits for the images on screen to have loaded, then lets the layout settle. */
async function settle(page: Page): Promise<void> {
  // Lazy images below the fold never load: only those on screen must have.
  await page.waitForFunction(
    () =>
      [...document.images].every((image) => {
        const box = image.getBoundingClientRect();
        return image.complete || box.bottom < 0 || box.top > window.innerHeight || box.width === 0;
      }),
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(800);
}

export async function takeScreenshots(run: ScreenshotRun): Promise<{ written: string[]; skipped: string[] }> {
  const log = run.log ?? (() => {});
  const shots = allShots.filter((shot) => !run.only || run.only.includes(shot.file));
  fs.mkdirSync(run.outDir, { recursive: true });
  const contexts = new Map<string, BrowserContext>();
  const written: string[] = [];
  const skipped: string[] = [];
  try {
    for (const shot of shots) {
      const key = `${shot.account ?? '-'}/${shot.device}`;
      let context = contexts.get(key);
      if (!context) {
        context = await run.browser.newContext({
          ...viewports[shot.device],
          baseURL: run.baseUrl,
          locale: 'ja-JP',
          timezoneId: 'Asia/Tokyo',
        });
        contexts.set(key, context);
        if (shot.account) await signInAs(await context.newPage(), shot.account);
      }
      const page = context.pages()[0] ?? (await context.newPage());
      if (await isMissing(shot, page, run)) {
        skipped.push(shot.file);
        log(`skipped ${shot.file}: ${shot.path(run.facts)} does not exist here`);
        continue;
      }
      await page.goto(shot.path(run.facts));
      await shot.ready(page, run.facts);
      await settle(page);
      const png = await page.screenshot({ fullPage: shot.fullPage ?? false });
      const file = path.join(run.outDir, shot.file);
      await sharp(png).png({ compressionLevel: 9, palette: true, quality: 90, effort: 10 }).toFile(file);
      written.push(file);
      log(`wrote ${path.relative(process.cwd(), file)} (${Math.round(fs.statSync(file).size / 1024)} KiB)`);
    }
  } finally {
    for (const context of contexts.values()) await context.close();
  }
  return { written, skipped };
}

/** An optional shot's route answers 404 (What's new before its branch is merged). */
async function isMissing(shot: Shot, page: Page, run: ScreenshotRun): Promise<boolean> {
  if (!shot.optional) return false;
  const response = await page.request.get(new URL(shot.path(run.facts), run.baseUrl).toString());
  return response.status() === 404;
}
