/**
 * A thin page object over a WebDriver session, finding controls the way a person (and Playwright's
 * `getByRole`/`getByLabel`) does — by their visible label or accessible name — so the WebKit
 * scenarios read like the Chromium ones. Patterns are regular expressions, so either language matches.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestInfo } from '@playwright/test';
import type { WebDriver, WebElement } from 'selenium-webdriver';

type Pattern = RegExp;

/** Runs in the page: the first visible element of `selector` whose accessible name matches. */
const findByName = `
  const [selector, source, flags, byText] = arguments;
  const pattern = new RegExp(source, flags);
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const nameOf = (el) => {
    if (byText) return (el.textContent ?? '').replace(/\\s+/g, ' ').trim();
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return labelledBy.split(/\\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    const aria = el.getAttribute('aria-label');
    if (aria) return aria.trim();
    if (el.labels && el.labels.length > 0) return [...el.labels].map((label) => label.textContent).join(' ').trim();
    return (el.textContent ?? '').replace(/\\s+/g, ' ').trim();
  };
  return [...document.querySelectorAll(selector)].find((el) => visible(el) && pattern.test(nameOf(el))) ?? null;
`;

/**
 * Runs in the page (async): whether `arguments[0]`'s box stays the same over two animation frames —
 * or 50 ms, in a hidden tab, which paints no frames (MiniBrowser's second tab stays hidden).
 */
const boxHolds = `
  const [element] = args;
  const box = () => JSON.stringify(element.getBoundingClientRect());
  const frame = () => new Promise((resolve) => (document.hidden ? setTimeout(resolve, 50) : requestAnimationFrame(resolve)));
  const before = box();
  await frame();
  await frame();
  return element.isConnected && box() === before;
`;

/** The events of a press, which the guard below watches (in the page). */
const pressEvents = JSON.stringify(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);

/**
 * Runs in the page: until disarmed, a press (pointerdown or mousedown) whose target is not inside
 * `arguments[0]` is stopped in the capture phase, with the release and click that follow it.
 */
const armPressGuard = `
  const target = arguments[0];
  const state = { target, press: null };
  const guard = (event) => {
    if (event.type === 'pointerdown' || event.type === 'mousedown') {
      if (state.press === null) state.press = target.contains(event.target) ? 'hit' : 'missed';
    }
    if (state.press === 'missed') {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  for (const type of ${pressEvents}) window.addEventListener(type, guard, { capture: true });
  state.guard = guard;
  window.__renrakuPressGuard = state;
`;

/**
 * Runs in the page (asynchronously): waits up to a second for the press to arrive, removes the
 * guard, and says whether the press hit, missed, or was never seen (null: a new document, or none).
 */
const disarmPressGuard = `
  const done = arguments[arguments.length - 1];
  const state = window.__renrakuPressGuard;
  if (!state) return done(null);
  const started = performance.now();
  const settle = () => {
    if (state.press === null && performance.now() - started < 1000) return setTimeout(settle, 20);
    delete window.__renrakuPressGuard;
    for (const type of ${pressEvents}) window.removeEventListener(type, state.guard, { capture: true });
    done(state.press);
  };
  settle();
`;

export class WebKitPage {
  constructor(
    readonly driver: WebDriver,
    readonly baseUrl: string,
  ) {}

  async goto(pathname: string): Promise<void> {
    await this.driver.get(new URL(pathname, this.baseUrl).toString());
  }

  async reload(): Promise<void> {
    await this.driver.navigate().refresh();
  }

  async url(): Promise<URL> {
    return new URL(await this.driver.getCurrentUrl());
  }

  /** The page's visible text. */
  async text(): Promise<string> {
    return this.driver.executeScript<string>('return document.body ? document.body.innerText : ""');
  }

  async waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown = null;
    while (Date.now() < deadline) {
      try {
        if (await check()) return;
      } catch (error) {
        lastError = error;
      }
      await this.driver.sleep(200);
    }
    const text = await this.text().catch(() => '(unreadable)');
    const marks = await this.marks().then(
      (names) => names.join(', ') || '(none)',
      () => '(unreadable)',
    );
    throw new Error(
      `Timed out after ${timeoutMs} ms waiting for ${what}.${lastError ? ` Last error: ${String(lastError)}.` : ''}\nThe app's marks: ${marks}\nPage text:\n${text.slice(0, 1500)}`,
    );
  }

  async waitForText(pattern: Pattern, timeoutMs = 20_000): Promise<void> {
    await this.waitUntil(async () => pattern.test(await this.text()), `text ${pattern}`, timeoutMs);
  }

  async waitForNoText(pattern: Pattern, timeoutMs = 20_000): Promise<void> {
    await this.waitUntil(async () => !pattern.test(await this.text()), `no text ${pattern}`, timeoutMs);
  }

  async waitForPath(pathname: string, timeoutMs = 20_000): Promise<void> {
    await this.waitUntil(async () => (await this.url()).pathname === pathname, `the path ${pathname}`, timeoutMs);
  }

  async find(selector: string, name: Pattern, byText: boolean): Promise<WebElement | null> {
    return this.driver.executeScript<WebElement | null>(findByName, selector, name.source, name.flags, byText);
  }

  /** The first visible `selector` whose accessible name matches `name`. */
  async element(selector: string, name: Pattern, timeoutMs = 20_000): Promise<WebElement> {
    let found: WebElement | null = null;
    await this.waitUntil(async () => (found = await this.find(selector, name, false)) !== null, `${selector} named ${name}`, timeoutMs);
    return found as unknown as WebElement;
  }

  /** The first visible `selector` whose text contains a match of `text` (an article, a list item). */
  async containing(selector: string, text: Pattern, timeoutMs = 20_000): Promise<WebElement> {
    let found: WebElement | null = null;
    await this.waitUntil(async () => (found = await this.find(selector, text, true)) !== null, `${selector} with text ${text}`, timeoutMs);
    return found as unknown as WebElement;
  }

  field(label: Pattern): Promise<WebElement> {
    return this.element('input, textarea, select', label);
  }

  button(name: Pattern): Promise<WebElement> {
    return this.element('button, [role="button"], input[type="submit"]', name);
  }

  link(name: Pattern): Promise<WebElement> {
    return this.element('a[href]', name);
  }

  async fill(label: Pattern, value: string): Promise<void> {
    const input = await this.field(label);
    await input.clear();
    await input.sendKeys(value);
  }

  async click(selectorName: 'button' | 'link', name: Pattern): Promise<void> {
    const target = selectorName === 'button' ? await this.button(name) : await this.link(name);
    await this.clickElement(target, String(name));
  }

  /**
   * Clicks once the element is enabled, still and hit — Playwright's actionability checks, which
   * WebDriver lacks: it scrolls the element to the middle of the screen (the composer sticks to the
   * bottom and may cover what WebDriver scrolled into view at the edge), waits until its box holds
   * for two frames, and guards the press in the page: a press that lands on another element (the
   * layout moved between WebDriver's aim and its press — the home screen's instruction warning
   * appears as the database opens, 120 px above Sign out) is stopped before the page sees it and
   * the click is tried again. Without the guard ci74 and ci79 clicked empty space above Sign out.
   */
  async clickElement(target: WebElement, what: string): Promise<void> {
    await this.waitUntil(async () => {
      if (!(await target.isEnabled())) return false;
      await this.driver.executeScript("arguments[0].scrollIntoView({ block: 'center', inline: 'center' })", target);
      if (!(await this.evaluate<boolean>(boxHolds, target))) return false;
      await this.driver.executeScript(armPressGuard, target);
      try {
        await target.click();
      } catch (error) {
        await this.driver.executeAsyncScript(disarmPressGuard).catch(() => undefined);
        if (error instanceof Error && /ElementClickIntercepted|ElementNotInteractable/.test(error.name)) return false;
        throw error;
      }
      // A click that navigated leaves a new document with no guard: it hit.
      const press = await this.driver.executeAsyncScript<'hit' | 'missed' | null>(disarmPressGuard).catch(() => null);
      return press !== 'missed';
    }, `${what} to be clickable`);
  }

  /** Runs `body` (an async function body) in the page and returns its JSON-safe result. */
  async evaluate<T>(body: string, ...args: unknown[]): Promise<T> {
    const result = await this.driver.executeAsyncScript<string>(
      `const done = arguments[arguments.length - 1];
       (async (...args) => { ${body} })(...[...arguments].slice(0, -1)).then(
         (value) => done(JSON.stringify({ value: value === undefined ? null : value })),
         (error) => done(JSON.stringify({ error: String(error && error.stack || error) })),
       );`,
      ...args,
    );
    const parsed = JSON.parse(result) as { value?: T; error?: string };
    if (parsed.error) throw new Error(`In the page: ${parsed.error}`);
    return parsed.value as T;
  }

  /** The app's own start-up marks (app/_lib/perf-mark.ts), e.g. `db-open`. */
  async marks(): Promise<string[]> {
    return this.driver.executeScript<string[]>(
      "return performance.getEntriesByType('mark').map((mark) => mark.name).filter((name) => name.startsWith('renraku:')).map((name) => name.slice(8))",
    );
  }

  async attachScreenshot(testInfo: TestInfo, name: string): Promise<void> {
    const png = await this.driver.takeScreenshot();
    const file = path.join(testInfo.outputPath(), `${name}.png`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(png, 'base64'));
    await testInfo.attach(name, { path: file, contentType: 'image/png' });
  }
}
