/**
 * The service worker's half of a reopened screen's key (app/_lib/early-screen/boot.ts). The page's
 * first script asks for the device key's release as soon as it runs — but it runs only once the
 * page has been committed and parsed, 80–90 ms after the navigation began in `npm run
 * bench:trace-reopen`, and its answer then comes back while the app's scripts hold the main thread.
 * The service worker sees the navigation itself at once: for a screen that keeps a picture, it asks
 * the server for the same release there and then, and answers the page's own request for it, when
 * it comes, with that answer.
 *
 * - Only the page that navigation made gets it (its client id is the navigation's
 *   `resultingClientId`), once, and only for the page's exact request (the first script's; the
 *   app's tRPC client sends the same when it asks alone). Any other request goes to the server.
 * - Nothing is stored: the answer waits in the worker's memory until the page asks, at most
 *   `keptMs`; then it is dropped unread.
 * - It asks only while the app's data is open on this device: the page leaves that signal in Cache
 *   Storage when its key gate has the key, and takes it away when the device locks or a sign-out
 *   begins (app/_lib/notifications/service-worker-signals.ts); a wipe removes it with the rest.
 *   The server decides as it does for the page: a release only to a full sign-in of the last few
 *   minutes on this device, audited.
 * - Where the worker has no `resultingClientId` (Safari before 16), it asks nothing early.
 * - With `picture`, it answers the navigation too: the precached page, with the screen's kept
 *   picture opened with that release and drawn into it (./early-picture-worker.ts).
 */
import { answerNavigation, type EarlyPictureConfig, type EarlyPictureScope } from './early-picture-worker';

export interface EarlyKeyConfig {
  /** The screens whose navigation asks early (the ones that keep a picture). */
  paths: readonly string[];
  /** The release's address (path and query), as the page asks for it. */
  releaseUrl: string;
  /** The request's body, as the page sends it. */
  releaseBody: string;
  /** How long an answer waits for its page. */
  keptMs: number;
  /** Where the page says that its data is open (a cache of Cache Storage, and the entry's key). */
  signal: { cache: string; key: string };
  /** Where given, the screens' navigations are answered with their kept pictures drawn in. */
  picture?: EarlyPictureConfig;
}

/** What this needs of a fetch event (a unit test passes its own). */
export interface EarlyKeyFetchEvent {
  request: Pick<Request, 'url' | 'method' | 'mode'>;
  clientId: string;
  resultingClientId?: string;
  respondWith(response: Promise<Response>): void;
  waitUntil(promise: Promise<unknown>): void;
}

/** What this needs of the worker's global scope. */
export interface EarlyKeyScope extends EarlyPictureScope {
  addEventListener(type: 'fetch', listener: (event: EarlyKeyFetchEvent) => void): void;
}

export function listenForEarlyKeys(scope: EarlyKeyScope, config: EarlyKeyConfig): void {
  /** By the page's client id: the server's answer (null where it could not be reached). */
  const held = new Map<string, Promise<Response | null>>();
  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin) return;
    if (request.mode === 'navigate' && request.method === 'GET') {
      const pageId = event.resultingClientId;
      if (!pageId || !config.paths.includes(url.pathname)) return;
      const answer = scope.caches
        .open(config.signal.cache)
        .then((cache) => cache.match(config.signal.key))
        .then((open) =>
          open
            ? scope.fetch(config.releaseUrl, {
                method: 'POST',
                credentials: 'same-origin',
                cache: 'no-store',
                headers: { 'content-type': 'application/json' },
                body: config.releaseBody,
              })
            : null,
        )
        .catch(() => null);
      // The page's copy of the answer is the one held; the worker reads its own.
      const forPicture = answer.then((response) => response?.clone() ?? null);
      if (config.picture) event.respondWith(answerNavigation(scope, request as Request, forPicture, config.picture));
      held.set(pageId, answer);
      scope.setTimeout(() => {
        if (held.get(pageId) === answer) held.delete(pageId);
      }, config.keptMs);
      // The worker stays up until the answer is in.
      event.waitUntil(answer);
      return;
    }
    if (request.method !== 'POST' || url.pathname + url.search !== config.releaseUrl) return;
    const answer = held.get(event.clientId);
    if (!answer) return;
    held.delete(event.clientId);
    // Not asked (the data was not open) or unreachable: the page's own request goes out as it would have.
    event.respondWith(answer.then((response) => response ?? scope.fetch(request as Request)));
  });
}
