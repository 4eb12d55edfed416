/**
 * A real WebKit for the end-to-end tests: Debian's WebKitGTK (the engine of Safari and of every
 * iPad browser — WebCore, JavaScriptCore, WebKit's IndexedDB and service workers), its MiniBrowser
 * driven through WebKitWebDriver under a virtual X display. Playwright's own WebKit build cannot
 * be downloaded here; `apt-get install webkit2gtk-driver xvfb` provides this one (.ci/run does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { Builder, type WebDriver } from 'selenium-webdriver';

const miniBrowserCandidates = [
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

export function miniBrowserPath(): string {
  const found = miniBrowserCandidates.find((candidate): candidate is string => Boolean(candidate && fs.existsSync(candidate)));
  if (!found) throw new Error("WebKitGTK's MiniBrowser is missing: apt-get install -y webkit2gtk-driver xvfb (or set WEBKIT_MINIBROWSER).");
  return found;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not start within ${timeoutMs} ms`);
}

/** A virtual display (unless one exists already) and a WebKitWebDriver on `port`, for one worker. */
export interface WebKitHost {
  url: string;
  stop(): Promise<void>;
}

function stopProcess(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
  });
}

export async function startWebKitHost(port: number, displayNumber: number): Promise<WebKitHost> {
  let xvfb: ChildProcess | null = null;
  let display = process.env.DISPLAY;
  if (!display) {
    display = `:${displayNumber}`;
    xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const lock = `/tmp/.X${displayNumber}-lock`;
    await waitFor(async () => fs.existsSync(lock), 'Xvfb');
  }
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/status`)).ok, 'WebKitWebDriver');
  return {
    url,
    async stop() {
      await stopProcess(driver);
      await stopProcess(xvfb);
    },
  };
}

/** A fresh MiniBrowser (its own ephemeral profile: no cookies, no IndexedDB) on the host. */
export async function newWebKitSession(host: WebKitHost): Promise<WebDriver> {
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
  };
  const driver = await new Builder().usingServer(host.url).withCapabilities(capabilities).build();
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  await driver.manage().window().setRect({ width: 1024, height: 900 });
  return driver;
}
