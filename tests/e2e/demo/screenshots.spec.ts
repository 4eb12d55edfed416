/**
 * The screenshot script's module, on a reduced run against the e2e demo server: it signs in
 * through the first-run list and writes the PNGs it is asked for (`npm run screenshots` does all).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { readDemoFacts } from '../../screenshots/demo-facts';
import { takeScreenshots } from '../../screenshots/take-screenshots';
import { baseUrlOf, dataDirOf } from '../support/servers';

test('the screenshot module photographs the first-run page and the wound comparison', async ({ browser }) => {
  test.setTimeout(180_000);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-shots-'));
  try {
    const only = ['signin-demo-accounts.png', 'nurse-compare-ipad.png', 'doctor-whats-new-desktop.png'];
    const { written, skipped } = await takeScreenshots({
      browser,
      baseUrl: baseUrlOf('main'),
      facts: readDemoFacts(dataDirOf('main')),
      outDir,
      only,
    });
    expect([...written.map((file) => path.basename(file)), ...skipped].sort()).toEqual([...only].sort());
    const compare = await sharp(path.join(outDir, 'nurse-compare-ipad.png')).metadata();
    expect([compare.width, compare.height]).toEqual([810, 1080]);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
});
