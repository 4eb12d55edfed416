/**
 * public/sw-push.js run in node with a fake service worker `self`: a push shows the notification
 * and sets the badge to the unread total the page left plus the push's count; the page's recent
 * notification makes the push replace it silently; a tap focuses an open window and takes it to
 * the notification's page, or opens What's new.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const source = fs.readFileSync(path.join(process.cwd(), 'public/sw-push.js'), 'utf8');
const origin = 'https://renraku.example.jp';

interface FakeWindow {
  url: string;
  visibilityState: 'visible' | 'hidden';
  focused: number;
  navigatedTo: string[];
  controlled: boolean;
}

function fakeWorker({ windows = [] as FakeWindow[], badge = true } = {}) {
  const handlers = new Map<string, (event: unknown) => void>();
  const store = new Map<string, string>();
  const shown: Array<{ title: string; options: Record<string, unknown> }> = [];
  const badges: number[] = [];
  const opened: string[] = [];
  const cache = {
    match: (key: string) => Promise.resolve(store.has(key) ? new Response(store.get(key)) : undefined),
    put: async (key: string, response: Response) => void store.set(key, await response.text()),
  };
  const self = {
    location: { origin },
    addEventListener: (type: string, handler: (event: unknown) => void) => handlers.set(type, handler),
    caches: { open: () => Promise.resolve(cache) },
    registration: {
      showNotification: (title: string, options: Record<string, unknown>) => Promise.resolve(void shown.push({ title, options })),
    },
    navigator: badge
      ? {
          setAppBadge: (count: number) => Promise.resolve(void badges.push(count)),
          clearAppBadge: () => Promise.resolve(void badges.push(0)),
        }
      : {},
    clients: {
      matchAll: () =>
        Promise.resolve(
          windows.map((window) => ({
            ...window,
            get url() {
              return window.url;
            },
            focus: () => Promise.resolve((window.focused += 1) && null),
            navigate: (url: string) =>
              window.controlled ? Promise.resolve(void window.navigatedTo.push(url)) : Promise.reject(new TypeError('not controlled')),
          })),
        ),
      openWindow: (url: string) => Promise.resolve(void opened.push(url)),
    },
  };
  new Function('self', source)(self);
  const dispatch = async (type: string, event: Record<string, unknown>) => {
    let work: Promise<unknown> = Promise.resolve();
    handlers.get(type)!({ ...event, waitUntil: (promise: Promise<unknown>) => (work = promise) });
    await work;
  };
  return {
    store,
    shown,
    badges,
    opened,
    push: (message: unknown) => dispatch('push', { data: { json: () => message } }),
    click: (data: unknown) => dispatch('notificationclick', { notification: { data, close: () => undefined } }),
  };
}

const message = { title: 'New message in Renraku', body: '2 new — tap to open What’s new', count: 2, url: '/whats-new' };
const window = (overrides: Partial<FakeWindow> = {}): FakeWindow => ({
  url: `${origin}/patients`,
  visibilityState: 'hidden',
  focused: 0,
  navigatedTo: [],
  controlled: true,
  ...overrides,
});

describe('a push', () => {
  it('shows the notice with an alert and sets the badge to the last unread total plus the push’s count', async () => {
    const worker = fakeWorker();
    worker.store.set('/__signals/unread', JSON.stringify({ count: 5 }));
    await worker.push(message);
    expect(worker.shown).toEqual([
      {
        title: message.title,
        options: expect.objectContaining({
          body: message.body,
          tag: 'renraku-new',
          renotify: true,
          silent: false,
          data: { url: '/whats-new' },
        }),
      },
    ]);
    expect(worker.badges).toEqual([7]);
    expect(JSON.parse(worker.store.get('/__signals/unread')!)).toEqual({ count: 7 });
  });

  it('adds up pushes while the app stays closed, alerting for the first and replacing it quietly after', async () => {
    const worker = fakeWorker();
    await worker.push(message);
    await worker.push({ ...message, count: 1 });
    expect(worker.badges).toEqual([2, 3]);
    expect(worker.shown.map((shown) => shown.options.silent)).toEqual([false, true]);
  });

  it('replaces the open app’s notification of the same news without alerting, and leaves the badge to the page', async () => {
    const worker = fakeWorker({ windows: [window()] });
    worker.store.set('/__signals/unread', JSON.stringify({ count: 4 }));
    worker.store.set('/__signals/notified', JSON.stringify({ at: Date.now() - 10_000, by: 'page' }));
    await worker.push(message);
    expect(worker.shown[0]!.options).toMatchObject({ renotify: false, silent: true });
    expect(worker.badges).toEqual([]);
  });

  it('alerts again once the page’s notification is a few minutes old', async () => {
    const worker = fakeWorker();
    worker.store.set('/__signals/notified', JSON.stringify({ at: Date.now() - 5 * 60_000, by: 'page' }));
    await worker.push(message);
    expect(worker.shown[0]!.options).toMatchObject({ renotify: true, silent: false });
    expect(worker.badges).toEqual([2]);
  });

  it('leaves the badge to a visible page, which counts from its own database', async () => {
    const worker = fakeWorker({ windows: [window({ visibilityState: 'visible' })] });
    await worker.push(message);
    expect(worker.badges).toEqual([]);
    expect(worker.shown).toHaveLength(1);
  });

  it('shows a plain notice for a push it cannot read, and never points at another site', async () => {
    const worker = fakeWorker({ badge: false });
    await worker.push({ ...message, url: 'https://elsewhere.example/' });
    expect(worker.shown[0]!.options.data).toEqual({ url: '/whats-new' });
    await worker.push('not a message');
    expect(worker.shown[1]!.title).toBe('Renraku');
  });
});

describe('tapping the notification', () => {
  it('focuses an open window of the app and takes it to the notification’s page', async () => {
    const open = window();
    const worker = fakeWorker({ windows: [window({ url: 'https://elsewhere.example/' }), open] });
    await worker.click({ url: '/whats-new' });
    expect(open.focused).toBe(1);
    expect(open.navigatedTo).toEqual([`${origin}/whats-new`]);
    expect(worker.opened).toEqual([]);
  });

  it('opens What’s new when no window is open, or when the data points elsewhere', async () => {
    const worker = fakeWorker();
    await worker.click({ url: 'https://elsewhere.example/phish' });
    await worker.click(null);
    expect(worker.opened).toEqual([`${origin}/whats-new`, `${origin}/whats-new`]);
  });

  it('opens the page beside a window it cannot navigate (not controlled by the service worker)', async () => {
    const open = window({ controlled: false });
    const worker = fakeWorker({ windows: [open] });
    await worker.click({ url: '/whats-new' });
    expect(open.focused).toBe(1);
    expect(worker.opened).toEqual([`${origin}/whats-new`]);
  });
});
