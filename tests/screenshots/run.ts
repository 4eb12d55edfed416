/**
 * `npm run screenshots`: starts the demo (`npm run demo -- --no-build`: it expects a build) on a
 * temporary data folder and port, photographs the main screens in Chromium and writes the PNGs to
 * docs/screenshots/. The browser is the one the Playwright config uses (CHROMIUM_PATH,
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH or /usr/bin/chromium). RENRAKU_SCREENSHOTS_PORT picks the port.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { readDemoFacts } from './demo-facts';
import { takeScreenshots } from './take-screenshots';

const root = process.cwd();
if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No build: run `npm run build` first.');
const port = Number(process.env.RENRAKU_SCREENSHOTS_PORT ?? 3990);
const baseUrl = `http://localhost:${port}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-screenshots-'));
const outDir = path.join(root, 'docs', 'screenshots');
const executablePath =
  process.env.CHROMIUM_PATH ??
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ??
  (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const server = spawn('npm', ['run', 'demo', '--', '--no-build'], {
  env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', RENRAKU_DATA_DIR: dataDir, RENRAKU_BASE_URL: baseUrl },
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
const stopServer = () => {
  if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
};

async function waitForHealth(): Promise<void> {
  for (let waited = 0; waited < 120_000; waited += 250) {
    if (server.exitCode !== null) throw new Error('The demo server stopped before it answered.');
    const answered = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The demo server did not answer within two minutes.');
}

try {
  await waitForHealth();
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  try {
    const { written, skipped } = await takeScreenshots({ browser, baseUrl, facts: readDemoFacts(dataDir), outDir, log: console.log });
    console.log(
      `${written.length} screenshots in ${path.relative(root, outDir)}/${skipped.length ? `, skipped ${skipped.join(', ')}` : ''}`,
    );
  } finally {
    await browser.close();
  }
} finally {
  stopServer();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  fs.rmSync(dataDir, { recursive: true, force: true });
}
