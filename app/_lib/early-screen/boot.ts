/**
 * The page's first script (inlined at the top of every page's body by app/layout.tsx, before the
 * app's own scripts have even been fetched). On a signed-in page it asks the server for the device
 * key's release at once — the app's key gate takes that answer (early-key-release.ts) — and, where
 * this device kept a picture of the screen being opened (./early-screen.ts), unlocks it with that
 * key and shows it, inert, over the splash until the app's own first screen has painted. A reopened
 * timeline then shows its posts about as soon as the key's round trip is back, instead of after the
 * app's framework has started (about 250 ms of script on a tablet).
 *
 * It asks exactly when the key gate would ask at its start (a profile kept on the device, online,
 * no sign-out waiting, the device not locked) and shows only what the gate would show a moment
 * later: nothing without the server's release of the key, which is refused to a session that is
 * not a recent full sign-in. The app takes the picture down when its own screen has painted, and
 * at once when it shows anything else (the lock screen, sign-in, a step owed).
 *
 * Where the service worker is drawing the picture into the page itself (early-picture-worker.ts;
 * its mark in the head says so), this script only notes when it is on screen, and draws the
 * picture itself only if the worker wrote none by the page's end.
 *
 * The function is inlined by its source text, so it must use nothing from outside itself: what it
 * needs from the app's modules (storage keys, the pages outside the signed-in frame) comes in
 * `config`, built by `earlyScreenScript()` from those modules.
 */
export interface EarlyScreenConfig {
  /** The pages outside the signed-in frame (a regular expression's source). */
  outside: string;
  profileKey: string;
  signOutKey: string;
  lockedPrefix: string;
  ringPrefix: string;
  /** Where the pictures are kept, before the user's name-safe id. */
  picturesPrefix: string;
  /** The pages that keep a picture. */
  paths: string[];
  /** The global through which the app takes the key's release. */
  handoff: string;
  /** The global through which the app learns that the picture has been on screen (or will not be). */
  shownHandoff: string;
  /** The picture's element. */
  elementId: string;
  /** The head's mark that the service worker is drawing the picture into the page (early-picture-worker.ts). */
  workerMeta: string;
  /** A picture is shown only at a window width within this many pixels of the one it was taken at. */
  widthSlack: number;
  /** The picture goes after this long even if the app never takes it down. */
  dropAfterMs: number;
  /** The procedure's address. */
  releaseUrl: string;
  /** The request's body: the app's tRPC client's (httpBatchLink, superjson), one call in the batch. */
  releaseBody: string;
}

/** What the app takes over (early-key-release.ts). */
export interface EarlyRelease {
  userId: string;
  answer: Promise<{ secret: string; lockAfterMinutes: number; offlineLimitHours: number } | null>;
}

export function bootEarlyScreen(config: EarlyScreenConfig): void {
  try {
    const where = location.pathname;
    if (new RegExp(config.outside).test(where) || !navigator.onLine) return;
    const storage = window.localStorage;
    if (storage.getItem(config.signOutKey) === '1') return;
    const profile = JSON.parse(storage.getItem(config.profileKey) ?? 'null') as { user?: { id?: unknown } } | null;
    const userId = profile?.user?.id;
    if (typeof userId !== 'string' || userId === '' || storage.getItem(config.lockedPrefix + userId) === '1') return;
    // The request the app's tRPC client makes; for a screen that keeps a picture, the service worker
    // has asked already, as the navigation began (app/_lib/early-screen/early-key-worker.ts), and answers it.
    const answer = fetch(config.releaseUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: config.releaseBody,
    })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: unknown) => {
        const data = (body as Array<{ result?: { data?: { json?: Record<string, unknown> } } }> | null)?.[0]?.result?.data?.json;
        return data &&
          typeof data.secret === 'string' &&
          typeof data.lockAfterMinutes === 'number' &&
          typeof data.offlineLimitHours === 'number'
          ? { secret: data.secret, lockAfterMinutes: data.lockAfterMinutes, offlineLimitHours: data.offlineLimitHours }
          : null;
      })
      .catch(() => null);
    const release: EarlyRelease = { userId, answer };
    (window as unknown as Record<string, unknown>)[config.handoff] = release;

    if (!config.paths.includes(where)) return;
    // Resolves once the picture has been on screen, or is known not to come: the app's key gate waits
    // for it before drawing its own screen, whose first render would otherwise hold the frame back.
    let settle: () => void = () => undefined;
    (window as unknown as Record<string, unknown>)[config.shownHandoff] = new Promise<void>((resolve) => (settle = resolve));
    // On screen: the browser's own report of the picture's text painted (Element Timing), whose time
    // becomes the mark `renraku:early-screen-painted`; where there is no such report, the frame after.
    const onScreen = () => {
      if (PerformanceObserver.supportedEntryTypes?.includes('element')) {
        new PerformanceObserver((list, observer) => {
          const entry = list
            .getEntries()
            .find((each) => (each as PerformanceEntry & { identifier?: string }).identifier === config.elementId);
          if (!entry) return;
          observer.disconnect();
          settle();
          performance.mark('renraku:early-screen-painted', {
            startTime: (entry as PerformanceEntry & { renderTime: number }).renderTime || entry.startTime,
          });
        }).observe({ type: 'element', buffered: true });
      } else {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => settle();
          channel.port2.postMessage(null);
        });
      }
    };
    const drop = () => document.getElementById(config.elementId)?.remove();
    // The service worker is drawing the picture into the page (early-picture-worker.ts), as the head's
    // mark says: it writes it before the page's end, once it has opened it, or nothing if it cannot
    // (no release in time, a picture refused). This script shows its own only then.
    const byWorker = document.querySelector(`meta[name="${config.workerMeta}"]`) !== null;
    const drawItself = () => {
      const safeId = userId.replace(/[^a-z0-9]/gi, '').toLowerCase();
      const pictureId = `${where}?${new URLSearchParams(location.search).get('id') ?? ''}`;
      const kept = JSON.parse(storage.getItem(config.picturesPrefix + safeId) ?? '[]') as Array<{ id?: unknown; sealed?: unknown }>;
      const sealed = Array.isArray(kept) ? kept.find((picture) => picture?.id === pictureId)?.sealed : undefined;
      const ring = JSON.parse(storage.getItem(config.ringPrefix + safeId) ?? 'null') as { byServer?: unknown } | null;
      if (typeof sealed !== 'string' || typeof ring?.byServer !== 'string') return void settle();

      const bytes = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
      const open = (key: CryptoKey, text: string) => {
        const all = bytes(text);
        return crypto.subtle.decrypt({ name: 'AES-GCM', iv: all.subarray(0, 12) }, key, all.subarray(12));
      };
      const gcm = { name: 'AES-GCM' };
      const byServer = ring.byServer;
      void answer
        .then(async (given) => {
          performance.mark('renraku:early-key');
          if (!given) return false;
          // The server's secret opens the data key straight into WebCrypto (one step, where a decrypt and an
          // import were two, each waiting its turn behind the app's scripts): its bytes never reach this script.
          const secret = bytes(given.secret);
          const unwrapping = await crypto.subtle.importKey('raw', secret, gcm, false, ['unwrapKey']);
          secret.fill(0);
          const wrapped = bytes(byServer);
          const key = await crypto.subtle.unwrapKey(
            'raw',
            wrapped.subarray(12),
            unwrapping,
            { name: 'AES-GCM', iv: wrapped.subarray(0, 12) },
            gcm,
            false,
            ['decrypt'],
          );
          const opened = JSON.parse(new TextDecoder().decode(await open(key, sealed))) as {
            id?: unknown;
            value?: { html?: unknown; scroll?: unknown; width?: unknown };
          };
          const picture = opened.value;
          // The id is sealed too: a picture moved under another page's id is refused.
          if (opened.id !== pictureId || typeof picture?.html !== 'string') return false;
          // Another width lays the screen out otherwise (a tablet turned): the app's own screen comes.
          if (typeof picture.width === 'number' && Math.abs(picture.width - window.innerWidth) > config.widthSlack) return false;
          // The app may have painted, or taken over, meanwhile.
          if (location.pathname !== where || document.documentElement.dataset.earlyScreen === 'done') return false;
          if (document.getElementById(config.elementId)) return false;
          const template = document.createElement('template');
          template.innerHTML = picture.html;
          for (const element of template.content.querySelectorAll('script, iframe, object, embed, link, meta, base')) element.remove();
          for (const element of template.content.querySelectorAll('*')) {
            for (const attribute of [...element.attributes]) if (/^on/i.test(attribute.name)) element.removeAttribute(attribute.name);
            // Its text's paint is reported (see onScreen).
            if ([...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim()))
              element.setAttribute('elementtiming', config.elementId);
          }
          const shown = document.createElement('div');
          shown.id = config.elementId;
          // Its place needs no stylesheet (the page's may still be on its way); its look comes with them.
          shown.style.cssText = 'position:fixed;inset:0;z-index:1000;overflow:hidden auto';
          shown.className = 'early-screen';
          shown.setAttribute('aria-hidden', 'true');
          shown.inert = true;
          shown.append(template.content);
          document.body.append(shown);
          // Where the screen opens: again in the first frame, should the stylesheets have come only now.
          const scroll = () => {
            if (picture.scroll === 'bottom') shown.scrollTop = shown.scrollHeight;
          };
          scroll();
          requestAnimationFrame(scroll);
          performance.mark('renraku:early-screen');
          window.setTimeout(drop, config.dropAfterMs);
          return true;
        })
        .then(
          (drawn) => (drawn ? onScreen() : settle()),
          () => settle(),
        );
    };
    if (!byWorker) return drawItself();
    document.addEventListener('DOMContentLoaded', () => {
      const shown = document.getElementById(config.elementId);
      if (shown?.dataset.drawnBy !== 'worker') {
        try {
          drawItself();
        } catch {
          settle();
        }
        return;
      }
      // Another width lays the screen out otherwise (a tablet turned): its own rule hides it. And the
      // app may have shown something of its own already.
      if (
        Math.abs(Number(shown.dataset.width) - window.innerWidth) > config.widthSlack ||
        document.documentElement.dataset.earlyScreen === 'done'
      ) {
        drop();
        return settle();
      }
      performance.mark('renraku:early-screen');
      window.setTimeout(drop, config.dropAfterMs);
      // Parsed whole with the page's end: on screen in the next frame. Chromium does not always report
      // Element Timing for a picture parsed with the page (measured: none in most reopenings).
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          settle();
          performance.mark('renraku:early-screen-painted', { detail: { drawnBy: 'worker' } });
        };
        channel.port2.postMessage(null);
      });
    });
  } catch {
    // Nothing early: the app starts as it would without.
  }
}

/** The script's text, for the page (app/layout.tsx). */
export function earlyScreenScript(config: EarlyScreenConfig): string {
  return `(${bootEarlyScreen.toString()})(${JSON.stringify(config)})`;
}
