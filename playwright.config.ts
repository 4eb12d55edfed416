/**
 * End-to-end tests: real Chromium against the built app served by `npm run demo`, on a desktop and
 * on two tablets. `npm run test:e2e` builds first; this config never builds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { baseUrlOf, dataDirOf, runDirEnv, servers, type ServerName } from './tests/e2e/support/servers';
import { chromiumFlags } from './tests/support/chromium-flags';

const root = fileURLToPath(new URL('.', import.meta.url));
const ci = Boolean(process.env.CI);

for (const built of ['.next/BUILD_ID', 'public/sw.js']) {
  if (!fs.existsSync(path.join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first (npm run test:e2e does).`);
}

// The config is loaded again in every worker; they inherit the runner's environment, so the folder
// is made once, by the runner, and the workers find it (tests/e2e/support/servers.ts).
process.env[runDirEnv] ??= fs.mkdtempSync(path.join(os.tmpdir(), 'renraku-e2e-'));

const chromiumPath =
  process.env.CHROMIUM_PATH ??
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ??
  (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const launchOptions = {
  executablePath: chromiumPath,
  args: chromiumFlags,
};

function demoServer(name: ServerName) {
  const dataDir = dataDirOf(name);
  fs.mkdirSync(dataDir, { recursive: true });
  return {
    command: 'npm run demo -- --no-build',
    url: `${baseUrlOf(name)}/api/health`,
    // Specs write into the server's database (the admin CLI), so they must own the server they
    // test: a server left running from elsewhere would have another data folder.
    reuseExistingServer: false,
    timeout: 120_000,
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 5_000 },
    env: {
      PORT: String(servers[name].port),
      HOST: '127.0.0.1',
      RENRAKU_DATA_DIR: dataDir,
      RENRAKU_BASE_URL: baseUrlOf(name),
      RENRAKU_SESSION_IDLE_TIMEOUT: servers[name].idleTimeout,
      RENRAKU_SESSION_MAX_AGE: '30d',
      RENRAKU_LOGIN_WINDOW: '15m',
      RENRAKU_LOGIN_MAX_FAILURES_PER_ID: '10',
      RENRAKU_LOGIN_MAX_FAILURES_PER_IP: '100',
      RENRAKU_TRUST_PROXY: 'false',
    },
  };
}

/** Tablets run what differs on a touch device: signing in and out, and working offline. */
const tabletOnly = /@tablet/;

export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: ci,
  // In CI a failed test runs once more, for its trace and screenshots — and a pass on that retry
  // still fails the run: a test that passes only on retry is a bug to find, not to retry away.
  retries: ci ? 1 : 0,
  failOnFlakyTests: ci,
  workers: 2,
  // A sign-in is a few seconds of Chromium on two cores; leave room for a busy machine.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  globalTeardown: './tests/e2e/support/global-teardown.ts',
  use: {
    baseURL: baseUrlOf('main'),
    browserName: 'chromium',
    locale: 'en-US',
    timezoneId: 'Asia/Tokyo',
    serviceWorkers: 'allow',
    // Recording a trace costs this two-core machine a third of the run: only for a retry, in CI.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'ipad',
      grep: tabletOnly,
      // Safari's user agent and screen, driven by Chromium (the only browser here).
      use: { ...devices['iPad (gen 7)'], browserName: 'chromium', defaultBrowserType: 'chromium', launchOptions },
    },
    {
      // A real WebKit (WebKitGTK's MiniBrowser through WebDriver, tests/webkit/support); Chromium,
      // launched as below, is the other device of a scenario.
      name: 'webkit',
      testDir: './tests/webkit',
      // Each WebKit test signs in and syncs through WebDriver (20–40 s here alone); in CI's full run
      // they took 25–72 s (ci45), past the 60 s the Chromium tests get.
      timeout: 120_000,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'android-tablet',
      grep: tabletOnly,
      use: { ...devices['Galaxy Tab S4'], browserName: 'chromium', defaultBrowserType: 'chromium', launchOptions },
    },
  ],
  webServer: [demoServer('main'), demoServer('shortIdle')],
});
