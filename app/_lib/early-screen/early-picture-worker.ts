/**
 * The service worker's half of a reopened screen's picture (./boot.ts shows it otherwise). The
 * page's first script can open a kept picture only once the page has been parsed and the key's
 * release has reached it, and each step of the opening then waits its turn behind the app's
 * scripts: in `npm run bench:trace-reopen` the key was in the page at 170–310 ms and the picture
 * went in at 170–370 ms. The service worker answers the navigation itself (the page is precached):
 * it opens the picture with the release it asked for as the navigation began (./early-key-worker.ts)
 * and writes it into the page's HTML, so that it comes in with the page.
 *
 * - All the page but its last tag goes at once, so its styles, scripts and the app's data load as
 *   before; the picture follows, before the page's end, once opened (at most `waitMs`). A mark in
 *   the head tells the first script that the worker is drawing it; where the worker writes none,
 *   the first script draws it as before, once the page is parsed.
 * - The pictures reach the worker as the page keeps them: sealed, in Cache Storage beside the
 *   signals (app/_lib/notifications/service-worker-signals.ts), with the data key's copy wrapped
 *   for the server's secret. They open only with the server's release, asked only while the app's
 *   data is open on the device (not locked, no sign-out begun), and a wipe removes them.
 * - What the worker opens goes only into that navigation's page; it is kept nowhere, and the key
 *   (unwrapped for decryption only, never as bytes in script) is dropped with it.
 * - A picture is written into the page only if its sealed id is the page's, and only if its HTML
 *   holds nothing that could run or load (the page's first script removes such things from a
 *   picture it shows itself; here there is no document to remove them from, so such a picture is
 *   refused). It is inert and hidden from assistive technology, as the first script shows it, and
 *   not displayed at another window width.
 */
import { decryptJson, fromBase64 } from '@/lib/offline/encryption/cipher';
import { openForReading } from '@/lib/offline/encryption/key-ring';
import { pictureIdOf, type ScreenPicture } from './early-screen';

/**
 * What the page keeps for the worker: the pictures of the user whose data was last open on the
 * device (another user's do not open with this one's release: each user's device has its own secret).
 */
export interface PicturesForWorker {
  /** The data key wrapped by the server's secret for this device (the key ring's `byServer`). */
  byServer: string;
  /** Each picture as the page keeps it: its id (path and record) and its sealed text. */
  pictures: Array<{ id: string; sealed: string }>;
}

export interface EarlyPictureConfig {
  /** Each picture screen's precached page: its path → the precache's key for it (path and query). */
  pages: Readonly<Record<string, string>>;
  /** Where the pictures are kept for the worker (a cache of Cache Storage, and the entry's key). */
  kept: { cache: string; key: string };
  /** How long the page waits for the picture to be opened, at most. */
  waitMs: number;
  /** The picture's element (./boot.ts's). */
  elementId: string;
  /** The head's mark that the worker drew the picture, its content the width it was taken at. */
  metaName: string;
  /** A picture is shown only at a window width this close to the one it was taken at. */
  widthSlack: number;
}

/** What this needs of the worker's global scope. */
export interface EarlyPictureScope {
  fetch(input: string | Request, init?: RequestInit): Promise<Response>;
  setTimeout(handler: () => void, ms: number): unknown;
  caches: Pick<CacheStorage, 'open'>;
  location: { origin: string };
  registration?: { scope: string };
}

/** Workbox's precache (`workbox-precache-v2-` and the worker's scope). */
function precacheName(scope: EarlyPictureScope): string {
  return `workbox-precache-v2-${scope.registration?.scope ?? `${scope.location.origin}/`}`;
}

/**
 * Anything in a picture that could run or load: the first script removes these from a picture it
 * shows (boot.ts); the worker, without a document, refuses the picture instead.
 */
const unsafe = /<\s*(script|iframe|object|embed|link|meta|base|style|frame)\b|\son[a-z]+\s*=|javascript:/i;

export function safePictureHtml(html: string): boolean {
  return !unsafe.test(html);
}

/** The picture, opened: null unless its sealed id is `pictureId` and it is whole and safe. */
export async function openKeptPicture(release: Response | null, kept: PicturesForWorker, pictureId: string): Promise<ScreenPicture | null> {
  const sealed = kept.pictures.find((picture) => picture.id === pictureId)?.sealed;
  if (!release?.ok || typeof sealed !== 'string') return null;
  const body = (await release.json()) as Array<{ result?: { data?: { json?: { secret?: unknown } } } }> | null;
  const secret = body?.[0]?.result?.data?.json?.secret;
  if (typeof secret !== 'string') return null;
  const bytes = fromBase64(secret);
  const key = await openForReading(kept.byServer, bytes);
  bytes.fill(0);
  const opened = await decryptJson<{ id?: unknown; value?: Partial<ScreenPicture> }>(key, sealed);
  const picture = opened.value;
  if (opened.id !== pictureId || typeof picture?.html !== 'string' || typeof picture.width !== 'number') return null;
  if (!safePictureHtml(picture.html)) return null;
  return { html: picture.html, width: picture.width, scroll: picture.scroll === 'bottom' ? 'bottom' : 'top' };
}

/**
 * The picture as the page's last content: fixed over the splash and the app's first renders, inert
 * and hidden from assistive technology; at another window width it is not displayed (a tablet
 * turned lays the screen out otherwise). A timeline's picture opens at its end without a script: a
 * reversed column scrolls from its end.
 */
export function pictureMarkup(picture: ScreenPicture, config: Pick<EarlyPictureConfig, 'elementId' | 'widthSlack'>): string {
  const width = Math.round(picture.width);
  const id = config.elementId;
  const atEnd = picture.scroll === 'bottom';
  const place = `position:fixed;inset:0;z-index:1000;overflow:hidden auto${atEnd ? ';display:flex;flex-direction:column-reverse' : ''}`;
  const otherWidth = `@media (max-width:${width - config.widthSlack - 1}px),(min-width:${width + config.widthSlack + 1}px){#${id}{display:none!important}}`;
  return (
    `<div id="${id}" class="early-screen" data-drawn-by="worker" data-width="${width}" aria-hidden="true" inert="" style="${place}">` +
    `<style>${otherWidth}</style><div${atEnd ? ' style="margin-bottom:auto"' : ''}>${picture.html}</div></div>`
  );
}

async function keptPictures(scope: EarlyPictureScope, config: EarlyPictureConfig): Promise<PicturesForWorker | null> {
  const found = await (await scope.caches.open(config.kept.cache)).match(config.kept.key);
  const kept = found ? ((await found.json()) as Partial<PicturesForWorker> | null) : null;
  return kept && typeof kept.byServer === 'string' && Array.isArray(kept.pictures) ? (kept as PicturesForWorker) : null;
}

/**
 * The answer to a picture screen's navigation: its precached page, with its picture drawn in where
 * one is kept and opens within `waitMs` (`release`: the key's release the worker asked for as the
 * navigation began, a copy of its own). The network where the page is not precached.
 */
export function answerNavigation(
  scope: EarlyPictureScope,
  request: Request,
  release: Promise<Response | null>,
  config: EarlyPictureConfig,
): Promise<Response> {
  // Cache Storage failing (a storage error): the page as any other, from the network.
  return pageWithPicture(scope, request, release, config).catch(() => scope.fetch(request));
}

async function pageWithPicture(
  scope: EarlyPictureScope,
  request: Request,
  release: Promise<Response | null>,
  config: EarlyPictureConfig,
): Promise<Response> {
  const url = new URL(request.url);
  const cacheKey = config.pages[url.pathname];
  const page = cacheKey ? await (await scope.caches.open(precacheName(scope))).match(new URL(cacheKey, url.origin).href) : undefined;
  if (!page) return scope.fetch(request);
  const pictureId = pictureIdOf(url);
  const kept = await keptPictures(scope, config).catch(() => null);
  // No picture kept of this page: it goes as precached, without waiting for the release.
  if (!kept?.pictures.some((each) => each.id === pictureId)) return page;
  const html = await page.clone().text();
  const head = /<head[^>]*>/i.exec(html);
  const end = html.lastIndexOf('</body>');
  if (!head || end < head.index) return page;
  const picture = Promise.race([
    release.then((answer) => openKeptPicture(answer, kept, pictureId)).catch(() => null),
    new Promise<null>((resolve) => scope.setTimeout(() => resolve(null), config.waitMs)),
  ]);
  // Everything but the page's end goes at once (its styles, scripts and the app's data load as
  // before); the end follows with the picture before it, or without once it cannot come.
  const headEnd = head.index + head[0].length;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(
        encoder.encode(`${html.slice(0, headEnd)}<meta name="${config.metaName}" content="pending">${html.slice(headEnd, end)}`),
      );
      const opened = await picture;
      controller.enqueue(encoder.encode((opened ? pictureMarkup(opened, config) : '') + html.slice(end)));
      controller.close();
    },
  });
  const headers = new Headers(page.headers);
  headers.delete('content-length');
  return new Response(body, { status: page.status, statusText: page.statusText, headers });
}
