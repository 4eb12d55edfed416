/**
 * The service worker's early ask for a reopened screen's key (app/_lib/early-screen/early-key-worker.ts), run
 * against a fake worker scope: it asks as a picture screen's navigation begins, only while the page
 * has left the signal that its data is open, and gives the answer once, to that navigation's page
 * and its exact request, within its time; everything else goes to the server as before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { earlyKeyKeptMs, earlyScreenConfig, screenPaths } from '@/app/_lib/early-screen/config';
import { earlyKeySignal, signalsCacheName } from '@/app/_lib/notifications/service-worker-signals';
import { listenForEarlyKeys, type EarlyKeyFetchEvent } from '@/app/_lib/early-screen/early-key-worker';

const origin = 'https://renraku.example.jp';
const releaseAnswer = JSON.stringify([{ result: { data: { json: { secret: 'c2VjcmV0', lockAfterMinutes: 15, offlineLimitHours: 72 } } } }]);

interface Sent {
  url: string;
  init?: RequestInit;
}

let handler: (event: EarlyKeyFetchEvent) => void;
let sent: Sent[];
let timers: Array<() => void>;
let signals: Map<string, Map<string, string>>;
let serverDown: boolean;

function fakeScope() {
  return {
    location: { origin },
    addEventListener: (_type: 'fetch', listener: (event: EarlyKeyFetchEvent) => void) => void (handler = listener),
    fetch: (input: string | Request, init?: RequestInit) => {
      sent.push({ url: typeof input === 'string' ? input : input.url, init });
      return serverDown ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(new Response(releaseAnswer));
    },
    setTimeout: (run: () => void) => void timers.push(run),
    caches: {
      open: (name: string) => {
        const entries = signals.get(name) ?? new Map<string, string>();
        signals.set(name, entries);
        return Promise.resolve({
          match: (key: string) => Promise.resolve(entries.has(key) ? new Response(entries.get(key)) : undefined),
        } as unknown as Cache);
      },
    },
  };
}

function dataOpen() {
  signals.set(signalsCacheName, new Map([[earlyKeySignal, JSON.stringify({ at: 1 })]]));
}

/** A navigation; resolves once what it started (the early ask) is done. */
async function navigate(path: string, { resultingClientId = 'page-1' as string | null, url = `${origin}${path}` } = {}) {
  const waits: Array<Promise<unknown>> = [];
  handler({
    request: { url, method: 'GET', mode: 'navigate' },
    clientId: '',
    // null: a worker without the property (Safari before 16).
    ...(resultingClientId === null ? {} : { resultingClientId }),
    respondWith: () => undefined,
    waitUntil: (promise) => void waits.push(promise),
  });
  await Promise.all(waits);
  return waits.length;
}

/** The page's own request for the key: the answer given to it, or null where it went on to the server untouched. */
async function pageAsks(clientId: string, path = earlyScreenConfig.releaseUrl): Promise<string | null> {
  let answered: Promise<Response> | null = null;
  const request = new Request(`${origin}${path}`, { method: 'POST', body: earlyScreenConfig.releaseBody });
  handler({
    request,
    clientId,
    respondWith: (response) => void (answered = response),
    waitUntil: () => undefined,
  });
  const response = (await answered) as Response | null;
  return response ? response.text() : null;
}

beforeEach(() => {
  sent = [];
  timers = [];
  signals = new Map();
  serverDown = false;
  listenForEarlyKeys(fakeScope(), {
    paths: screenPaths,
    releaseUrl: earlyScreenConfig.releaseUrl,
    releaseBody: earlyScreenConfig.releaseBody,
    keptMs: earlyKeyKeptMs,
    signal: { cache: signalsCacheName, key: earlyKeySignal },
  });
});

describe('listenForEarlyKeys', () => {
  it('asks as a picture screen’s navigation begins, as the page would, and answers that page’s request with it, once', async () => {
    dataOpen();
    expect(await navigate('/patient?id=p-1')).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe('/api/trpc/devices.unlockKey?batch=1');
    expect(sent[0]?.init).toMatchObject({
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      body: earlyScreenConfig.releaseBody,
    });

    expect(await pageAsks('page-1')).toBe(releaseAnswer);
    // Nothing more went to the server for it.
    expect(sent).toHaveLength(1);
    // Once: a second ask of the same page goes to the server as usual.
    expect(await pageAsks('page-1')).toBeNull();
  });

  it('gives the answer to no other page, and to no other request of its own page', async () => {
    dataOpen();
    await navigate('/whats-new');
    expect(await pageAsks('another-tab')).toBeNull();
    expect(await pageAsks('page-1', '/api/trpc/devices.unlockKey,devices.mine?batch=1')).toBeNull();
    expect(await pageAsks('page-1', '/api/trpc/devices.unlockKey')).toBeNull();
    expect(await pageAsks('page-1')).toBe(releaseAnswer);
  });

  it('asks nothing while the data is not open here (locked, signing out, wiped, never opened)', async () => {
    await navigate('/patients');
    expect(sent).toHaveLength(0);
    // The page, if it asks, goes to the server itself.
    expect(await pageAsks('page-1')).toBe(releaseAnswer);
    expect(sent.map((each) => each.url)).toEqual([`${origin}${earlyScreenConfig.releaseUrl}`]);
  });

  it('asks nothing for other pages, other sites, or where the worker cannot tell the page', async () => {
    dataOpen();
    for (const path of ['/admin/staff', '/signin', '/patient/form?id=p-1', '/']) expect(await navigate(path)).toBe(0);
    expect(await navigate('/patient', { url: 'https://elsewhere.example/patient' })).toBe(0);
    expect(await navigate('/patient', { resultingClientId: '' })).toBe(0);
    expect(await navigate('/patient', { resultingClientId: null })).toBe(0);
    expect(sent).toHaveLength(0);
  });

  it('drops an answer its page has not taken in time, unread', async () => {
    dataOpen();
    await navigate('/patient?id=p-1');
    expect(timers).toHaveLength(1);
    for (const run of timers) run();
    expect(await pageAsks('page-1')).toBeNull();
  });

  it('lets the page’s own request go out where the early ask could not reach the server', async () => {
    dataOpen();
    serverDown = true;
    await navigate('/patient?id=p-1');
    serverDown = false;
    expect(await pageAsks('page-1')).toBe(releaseAnswer);
    expect(sent.map((each) => each.url)).toEqual([earlyScreenConfig.releaseUrl, `${origin}${earlyScreenConfig.releaseUrl}`]);
  });
});
