/**
 * The service worker draws a reopened screen's kept picture into its page
 * (app/_lib/early-screen/early-picture-worker.ts), against a fake worker scope with real WebCrypto:
 * only with the server's release, only the picture sealed for that page, only one with nothing in
 * it that could run or load, never holding the page back longer than its wait; otherwise the page
 * goes exactly as precached. And the page's own request for the release still gets the whole answer.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { earlyKeyKeptMs, earlyScreenConfig, screenPaths, workerPictureWaitMs } from '@/app/_lib/early-screen/config';
import { listenForEarlyKeys, type EarlyKeyFetchEvent } from '@/app/_lib/early-screen/early-key-worker';
import {
  answerNavigation,
  safePictureHtml,
  type EarlyPictureConfig,
  type PicturesForWorker,
} from '@/app/_lib/early-screen/early-picture-worker';
import type { ScreenPicture } from '@/app/_lib/early-screen/early-screen';
import { earlyKeySignal, earlyPicturesSignal, signalsCacheName } from '@/app/_lib/notifications/service-worker-signals';
import { encryptJson, toBase64 } from '@/lib/offline/encryption/cipher';
import { createKeyRing } from '@/lib/offline/encryption/key-ring';

const origin = 'https://renraku.example.jp';
const precache = `workbox-precache-v2-${origin}/`;
const pageKey = '/patient?__WB_REVISION__=abc123';
const precachedPage =
  '<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><script>boot()</script></head><body><div class="splash">Renraku</div><script>app()</script></body></html>';
/** The precached page as it goes at once where a picture is kept: marked, all but its end. */
const pending =
  '<!DOCTYPE html><html lang="ja"><head><meta name="renraku-early-screen" content="pending"><meta charSet="utf-8"/><script>boot()</script></head><body><div class="splash">Renraku</div><script>app()</script>';
const pictureHtml =
  '<header class="app-header">連絡帳</header><main><article class="post" elementtiming="renraku-early-screen">山田 花子さん 褥瘡処置</article></main>';

const config: EarlyPictureConfig = {
  pages: { '/patient': pageKey },
  kept: { cache: signalsCacheName, key: earlyPicturesSignal },
  waitMs: workerPictureWaitMs,
  elementId: earlyScreenConfig.elementId,
  metaName: earlyScreenConfig.workerMeta,
  widthSlack: earlyScreenConfig.widthSlack,
};

let caches: Map<string, Map<string, Response>>;
let timers: Array<() => void>;
let sent: string[];
let secret: string;
let key: CryptoKey;
let byServer: string;

function fakeScope() {
  return {
    location: { origin },
    registration: { scope: `${origin}/` },
    fetch: (input: string | Request) => {
      const url = typeof input === 'string' ? input : input.url;
      sent.push(url);
      return Promise.resolve(
        url.includes('devices.unlockKey')
          ? releaseOf(secret)
          : new Response('from the network', { headers: { 'content-type': 'text/html' } }),
      );
    },
    setTimeout: (run: () => void) => void timers.push(run),
    caches: {
      open: (name: string) => {
        const entries = caches.get(name) ?? new Map<string, Response>();
        caches.set(name, entries);
        return Promise.resolve({
          match: (at: string) => Promise.resolve(entries.get(new URL(at, origin).href)?.clone()),
        } as unknown as Cache);
      },
    },
  };
}

function releaseOf(given: string): Response {
  return Response.json([{ result: { data: { json: { secret: given, lockAfterMinutes: 15, offlineLimitHours: 72 } } } }]);
}

function put(cache: string, at: string, response: Response) {
  const entries = caches.get(cache) ?? new Map<string, Response>();
  entries.set(new URL(at, origin).href, response);
  caches.set(cache, entries);
}

/** Keeps pictures for the worker as the page does: sealed, under their ids. */
async function keep(pictures: Array<{ id: string; sealedAs?: string; value?: Partial<ScreenPicture> }>) {
  const kept: PicturesForWorker = {
    byServer,
    pictures: await Promise.all(
      pictures.map(async ({ id, sealedAs, value }) => ({
        id,
        sealed: await encryptJson(key, { id: sealedAs ?? id, value: { html: pictureHtml, scroll: 'bottom', width: 1024, ...value } }),
      })),
    ),
  };
  put(signalsCacheName, earlyPicturesSignal, Response.json(kept));
}

async function navigate(path: string, release: Promise<Response | null> = Promise.resolve(releaseOf(secret))): Promise<string> {
  const response = await answerNavigation(fakeScope(), new Request(`${origin}${path}`), release, config);
  return response.text();
}

beforeEach(async () => {
  caches = new Map();
  timers = [];
  sent = [];
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  secret = toBase64(bytes.buffer);
  const opened = await createKeyRing(bytes, null, Date.now(), 1);
  key = opened.key;
  byServer = opened.ring.byServer;
  put(precache, pageKey, new Response(precachedPage, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-length': '999' } }));
});

describe('answerNavigation', () => {
  it('draws the page’s picture before the page’s end, inert and hidden from assistive technology, and marks the head', async () => {
    await keep([{ id: '/patient?p-1' }, { id: '/patient?p-2', value: { html: '<p>another patient</p>' } }]);
    const response = await answerNavigation(
      fakeScope(),
      new Request(`${origin}/patient?id=p-1`),
      Promise.resolve(releaseOf(secret)),
      config,
    );
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // The page's length changed: the precached one's is not passed on.
    expect(response.headers.get('content-length')).toBeNull();
    const html = await response.text();
    expect(html.startsWith(`${pending}<div id="renraku-early-screen"`)).toBe(true);
    const shown = /<div id="renraku-early-screen"[^>]*>/.exec(html)?.[0] ?? '';
    expect(shown).toContain('data-drawn-by="worker"');
    expect(shown).toContain('data-width="1024"');
    expect(shown).toContain('aria-hidden="true"');
    expect(shown).toContain('inert=""');
    // A timeline opens at its end: a reversed column starts there.
    expect(shown).toContain('flex-direction:column-reverse');
    expect(html).toContain(pictureHtml);
    expect(html).not.toContain('another patient');
    // At another window width it is not displayed.
    expect(html).toContain('@media (max-width:983px),(min-width:1065px){#renraku-early-screen{display:none!important}}');
    expect(html.endsWith('</div></div></body></html>')).toBe(true);
  });

  it('sends all but the page’s end at once, the picture not yet opened', async () => {
    await keep([{ id: '/patient?p-1' }]);
    let release: (answer: Response) => void = () => undefined;
    const response = await answerNavigation(
      fakeScope(),
      new Request(`${origin}/patient?id=p-1`),
      new Promise<Response>((resolve) => (release = resolve)),
      config,
    );
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(pending);
    release(releaseOf(secret));
    expect(new TextDecoder().decode((await reader.read()).value)).toContain(pictureHtml);
  });

  it('goes without the picture without the server’s release, or with another key; as precached for a page with no picture kept', async () => {
    await keep([{ id: '/patient?p-1' }]);
    const without = `${pending}</body></html>`;
    expect(await navigate('/patient?id=p-1', Promise.resolve(null))).toBe(without);
    expect(
      await navigate('/patient?id=p-1', Promise.resolve(Response.json([{ error: { json: { code: -32001 } } }], { status: 401 }))),
    ).toBe(without);
    const otherSecret = toBase64(crypto.getRandomValues(new Uint8Array(32)).buffer);
    expect(await navigate('/patient?id=p-1', Promise.resolve(releaseOf(otherSecret)))).toBe(without);
    // No picture of this page: it goes as precached, not waiting for a release that never comes.
    expect(await navigate('/patient?id=p-9', new Promise(() => undefined))).toBe(precachedPage);
    caches.get(signalsCacheName)?.clear();
    expect(await navigate('/patient?id=p-1')).toBe(precachedPage);
  });

  it('refuses a picture moved under another page’s id, and one holding anything that could run or load', async () => {
    await keep([{ id: '/patient?p-1', sealedAs: '/patient?p-2' }]);
    expect(await navigate('/patient?id=p-1')).toBe(`${pending}</body></html>`);
    for (const html of [
      '<p>x</p><script>alert(1)</script>',
      '<img src="x" onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="/"></iframe>',
      '<link rel="stylesheet" href="https://elsewhere.example/x.css">',
      '<base href="https://elsewhere.example/">',
      '<style>body{display:none}</style>',
    ]) {
      expect(safePictureHtml(html), html).toBe(false);
      await keep([{ id: '/patient?p-1', value: { html } }]);
      expect(await navigate('/patient?id=p-1')).toBe(`${pending}</body></html>`);
    }
    expect(safePictureHtml(pictureHtml)).toBe(true);
  });

  it('does not hold the page back longer than its wait', async () => {
    await keep([{ id: '/patient?p-1' }]);
    const slow = navigate('/patient?id=p-1', new Promise(() => undefined));
    await expect.poll(() => timers.length).toBe(1);
    for (const run of timers) run();
    expect(await slow).toBe(`${pending}</body></html>`);
  });

  it('takes the page from the network where Cache Storage fails', async () => {
    const scope = { ...fakeScope(), caches: { open: () => Promise.reject(new DOMException('The operation failed', 'UnknownError')) } };
    const response = await answerNavigation(scope, new Request(`${origin}/patient?id=p-1`), Promise.resolve(releaseOf(secret)), config);
    expect(await response.text()).toBe('from the network');
  });

  it('takes a page that is not precached from the network', async () => {
    caches.get(precache)?.clear();
    expect(await navigate('/patient?id=p-1')).toBe('from the network');
    expect(sent).toEqual([`${origin}/patient?id=p-1`]);
  });
});

describe('through the early key', () => {
  it('answers the navigation with the picture drawn in, and the page’s own ask for the release with the whole answer', async () => {
    await keep([{ id: '/patient?p-1' }]);
    put(signalsCacheName, earlyKeySignal, Response.json({ at: 1 }));
    let handler: (event: EarlyKeyFetchEvent) => void = () => undefined;
    listenForEarlyKeys(
      { ...fakeScope(), addEventListener: (_type, listener) => void (handler = listener) },
      {
        paths: screenPaths,
        releaseUrl: earlyScreenConfig.releaseUrl,
        releaseBody: earlyScreenConfig.releaseBody,
        keptMs: earlyKeyKeptMs,
        signal: { cache: signalsCacheName, key: earlyKeySignal },
        picture: config,
      },
    );
    let page: Promise<Response> | null = null;
    handler({
      request: { url: `${origin}/patient?id=p-1`, method: 'GET', mode: 'navigate' },
      clientId: '',
      resultingClientId: 'page-1',
      respondWith: (response) => void (page = response),
      waitUntil: () => undefined,
    });
    expect(page).not.toBeNull();
    expect(await (await (page as unknown as Promise<Response>)).text()).toContain(pictureHtml);

    let asked: Promise<Response> | null = null;
    handler({
      request: new Request(`${origin}${earlyScreenConfig.releaseUrl}`, { method: 'POST', body: earlyScreenConfig.releaseBody }),
      clientId: 'page-1',
      respondWith: (response) => void (asked = response),
      waitUntil: () => undefined,
    });
    const answer = (await (await (asked as unknown as Promise<Response>)).json()) as Array<{
      result: { data: { json: { secret: string } } };
    }>;
    expect(answer[0]?.result.data.json.secret).toBe(secret);
    // One release from the server for both.
    expect(sent).toEqual([earlyScreenConfig.releaseUrl]);
  });
});
