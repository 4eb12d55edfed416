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

function stopProcess(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
  });
}

/** `work`, or an error saying what did not answer within `timeoutMs` (a hung step fails the test with its reason). */
function within<T>(work: Promise<T>, what: string, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * A virtual display, once it accepts clients: Xvfb picks a free display number itself (two
 * checkouts may run their suites at once) and writes it to `-displayfd` when it is ready. A
 * MiniBrowser that finds no display never answers WebKitWebDriver's new session.
 *
 * `-noreset`: by default an X server resets itself whenever its last client leaves, and drops
 * every client still setting up its connection at that moment. The previous test's MiniBrowser
 * leaving as the next one connects is exactly that moment: ci140 and stop 56's CI lost a session
 * each way ("cannot open display" with Xvfb alive). Four loops of `xdpyinfo` against one display
 * for 15 s: 38 of 3,133 connections refused without the flag, none of 8,324 with it.
 */
async function startDisplay(keep: (text: string) => void): Promise<{ display: string; xvfb: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  xvfb.stderr?.on('data', (chunk: Buffer) => keep(chunk.toString()));
  const written = xvfb.stdio[3] as NodeJS.ReadableStream;
  const number = await within(
    new Promise<string>((resolve, reject) => {
      let text = '';
      written.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\n')) resolve(text.trim());
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before its display was ready`)));
      xvfb.once('error', reject);
    }),
    'Xvfb',
    20_000,
  ).catch(async (error: unknown) => {
    await stopProcess(xvfb);
    throw error;
  });
  const display = `:${number}`;
  xvfb.once('exit', (code, signal) => keep(`\n[Xvfb on ${display} ended: ${signal ?? `exit code ${code}`}]\n`));
  return { display, xvfb };
}

/** A virtual display (unless one exists already) and a WebKitWebDriver on `port`, for one worker. */
export interface WebKitHost {
  /** WebKitWebDriver's address. */
  url: string;
  /** The last of what WebKitWebDriver, the MiniBrowsers it started and the host's display wrote (their errors). */
  output(): string;
  stop(): Promise<void>;
}

/** How much of the driver's output is kept. */
const outputKept = 8_000;

export async function startWebKitHost(port: number): Promise<WebKitHost> {
  let output = '';
  const keep = (text: string) => {
    output = (output + text).slice(-outputKept);
  };
  const own = process.env.DISPLAY ? null : await startDisplay(keep);
  const display = own?.display ?? process.env.DISPLAY ?? '';
  const url = `http://127.0.0.1:${port}`;
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DISPLAY: display },
  });
  driver.stdout.on('data', (chunk: Buffer) => keep(chunk.toString()));
  driver.stderr.on('data', (chunk: Buffer) => keep(chunk.toString()));
  const stop = async () => {
    await stopProcess(driver);
    await stopProcess(own?.xvfb ?? null);
  };
  await waitFor(async () => (await fetch(`${url}/status`, { signal: AbortSignal.timeout(2_000) })).ok, 'WebKitWebDriver').catch(
    async (error: unknown) => {
      await stop();
      throw error;
    },
  );
  return { url, output: () => output, stop };
}

/** A fresh MiniBrowser (its own ephemeral profile: no cookies, no IndexedDB) on the host. */
export async function newWebKitSession(host: WebKitHost): Promise<WebDriver> {
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: miniBrowserPath(), args: ['--automation'] },
  };
  // WebKitWebDriver waits for ever for a MiniBrowser that failed to start: say so, with what it wrote.
  const driver = await within(
    new Builder().usingServer(host.url).withCapabilities(capabilities).build(),
    'A new MiniBrowser session',
    60_000,
  ).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nWebKitWebDriver's output:\n${host.output() || '(none)'}`);
  });
  await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
  await driver.manage().window().setRect({ width: 1024, height: 900 });
  return driver;
}
