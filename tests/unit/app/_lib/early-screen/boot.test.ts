/**
 * The page's first script (app/_lib/early-screen/boot.ts): it asks for the device key's release
 * exactly where the app's own early ask would (early-key-release.ts), hands that one answer over,
 * runs from its inlined text alone, and opens a kept picture only for the page it was kept for.
 * (Drawing the picture is the browser's: tests/e2e/timeline/early-screen.spec.ts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bootEarlyScreen, earlyScreenScript, type EarlyRelease } from '@/app/_lib/early-screen/boot';
import { earlyScreenConfig } from '@/app/_lib/early-screen/config';
import { createKeyRing } from '@/lib/offline/encryption/key-ring';
import { toBase64 } from '@/lib/offline/encryption/cipher';
import { screenCopies } from '@/lib/offline/screen-copies';

const nurseId = 'u-nurse';
const release = { secret: '', lockAfterMinutes: 15, offlineLimitHours: 72 };

let stored: Map<string, string>;
let fetchMock: ReturnType<typeof vi.fn>;
let fakeWindow: Record<string, unknown>;
let createElement: ReturnType<typeof vi.fn>;
const storage = {
  getItem: (key: string) => stored.get(key) ?? null,
  setItem: (key: string, value: string) => void stored.set(key, value),
  removeItem: (key: string) => void stored.delete(key),
};

function page(pathname: string, { online = true, search = '' } = {}) {
  fakeWindow = { localStorage: storage, innerWidth: 1024, setTimeout: () => 0 };
  vi.stubGlobal('window', fakeWindow);
  vi.stubGlobal('location', { pathname, search });
  vi.stubGlobal('navigator', { onLine: online });
}

function keepProfile(userId: string) {
  stored.set('renraku.profile', JSON.stringify({ user: { id: userId }, sessionStartedAt: null }));
}

const handed = () => fakeWindow[earlyScreenConfig.handoff] as EarlyRelease | undefined;

beforeEach(() => {
  stored = new Map();
  vi.stubGlobal('localStorage', storage);
  fetchMock = vi.fn(async () => Response.json([{ result: { data: { json: release } } }]));
  vi.stubGlobal('fetch', fetchMock);
  createElement = vi.fn(() => {
    throw new Error('nothing is drawn in these tests');
  });
  vi.stubGlobal('document', { createElement, documentElement: { dataset: {} }, querySelector: () => null, getElementById: () => null });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('bootEarlyScreen', () => {
  it('asks for the key once, as the app’s client would, and hands the answer to that user', async () => {
    page('/patient', { search: '?id=p-1' });
    keepProfile(nurseId);
    bootEarlyScreen(earlyScreenConfig);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/trpc/devices.unlockKey?batch=1');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ 0: { json: null, meta: { values: ['undefined'], v: 1 } } });
    expect(handed()?.userId).toBe(nurseId);
    expect(await handed()?.answer).toEqual(release);
  });

  it('answers null for a refusal or an answer of another shape', async () => {
    page('/patients');
    keepProfile(nurseId);
    fetchMock.mockResolvedValueOnce(Response.json([{ error: { json: { code: -32001 } } }], { status: 401 }));
    bootEarlyScreen(earlyScreenConfig);
    expect(await handed()?.answer).toBeNull();
    fetchMock.mockResolvedValueOnce(Response.json([{ result: { data: { json: { secret: 7 } } } }]));
    bootEarlyScreen(earlyScreenConfig);
    expect(await handed()?.answer).toBeNull();
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    bootEarlyScreen(earlyScreenConfig);
    expect(await handed()?.answer).toBeNull();
  });

  // Each case also runs the app's own early ask: the two agree on where the key may be asked for.
  it.each([
    ['a signed-in page', '/patient', () => undefined, true],
    ['the sign-in page', '/signin', () => undefined, false],
    ['an invitation', '/join/abc', () => undefined, false],
    ['the offline page', '/offline', () => undefined, false],
    ['offline', '/patient', () => page('/patient', { online: false }), false],
    ['no profile kept', '/patient', () => stored.delete('renraku.profile'), false],
    ['a sign-out waiting', '/patient', () => stored.set('renraku.pendingSignOut', '1'), false],
    ['the device locked', '/patient', () => stored.set(`renraku.locked.${nurseId}`, '1'), false],
  ])('on %s: asks %s', async (_case, pathname, arrange, asks) => {
    page(pathname);
    keepProfile(nurseId);
    arrange();
    bootEarlyScreen(earlyScreenConfig);
    expect(fetchMock).toHaveBeenCalledTimes(asks ? 1 : 0);
    expect(Boolean(handed())).toBe(asks);

    delete fakeWindow[earlyScreenConfig.handoff];
    fetchMock.mockClear();
    const { askForKeyEarly, takeEarlyKey } = await import('@/app/_lib/offline/early-key-release');
    askForKeyEarly();
    // tRPC's link sends its batch a moment later.
    await takeEarlyKey(nurseId);
    expect(fetchMock).toHaveBeenCalledTimes(asks ? 1 : 0);
  });

  it('runs from its inlined text alone', async () => {
    page('/whats-new');
    keepProfile(nurseId);
    // The page runs the text, not the module: nothing from around the function may be needed.
    new Function(earlyScreenScript(earlyScreenConfig))();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(await handed()?.answer).toEqual(release);
  });
});

describe('the app takes the first script’s ask', () => {
  it('adopts the answer asked for, for the same user, and asks no second time', async () => {
    page('/patient');
    keepProfile(nurseId);
    bootEarlyScreen(earlyScreenConfig);
    const { askForKeyEarly, takeEarlyKey } = await import('@/app/_lib/offline/early-key-release');
    askForKeyEarly();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(handed()).toBeUndefined();
    expect(await takeEarlyKey(nurseId)).toEqual(release);
  });

  it('asks itself when the first script asked for another user', async () => {
    page('/patient');
    keepProfile('u-other');
    bootEarlyScreen(earlyScreenConfig);
    keepProfile(nurseId);
    const { askForKeyEarly, takeEarlyKey } = await import('@/app/_lib/offline/early-key-release');
    askForKeyEarly();
    expect(await takeEarlyKey(nurseId)).toEqual(release);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('the kept picture', () => {
  async function keepPicture(id: string) {
    const secret = crypto.getRandomValues(new Uint8Array(32));
    release.secret = toBase64(secret.buffer);
    const { ring, key } = await createKeyRing(secret, null);
    stored.set('renraku.keyRing.unurse', JSON.stringify(ring));
    const pictures = screenCopies('firstPaint', nurseId, key, 5, storage);
    await pictures.save(id, ['p-1'], { html: '<p>picture</p>', scroll: 'bottom', width: 1024 }, Date.now());
  }

  it('is opened with the released key for the page it was kept for', async () => {
    await keepPicture('/patient?p-1');
    page('/patient', { search: '?id=p-1' });
    keepProfile(nurseId);
    bootEarlyScreen(earlyScreenConfig);
    await vi.waitFor(() => expect(createElement).toHaveBeenCalledWith('template'));
  });

  it('is not drawn on another patient’s page, nor once the app has taken over', async () => {
    await keepPicture('/patient?p-1');
    page('/patient', { search: '?id=p-2' });
    keepProfile(nurseId);
    bootEarlyScreen(earlyScreenConfig);
    await handed()?.answer;
    page('/patient', { search: '?id=p-1' });
    vi.stubGlobal('document', {
      createElement,
      documentElement: { dataset: { earlyScreen: 'done' } },
      querySelector: () => null,
      getElementById: () => null,
    });
    bootEarlyScreen(earlyScreenConfig);
    await handed()?.answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(createElement).not.toHaveBeenCalled();
  });

  it('is left to the service worker where it is drawing it, and drawn here only if the worker wrote none by the page’s end', async () => {
    await keepPicture('/patient?p-1');
    for (const workerWrote of [false, true]) {
      createElement.mockClear();
      page('/patient', { search: '?id=p-1' });
      keepProfile(nurseId);
      const atPageEnd: Array<() => void> = [];
      const drawn = { dataset: { drawnBy: 'worker', width: '1024' }, remove: vi.fn() };
      vi.stubGlobal('document', {
        createElement,
        documentElement: { dataset: {} },
        querySelector: (selector: string) => (selector === `meta[name="${earlyScreenConfig.workerMeta}"]` ? {} : null),
        getElementById: () => (workerWrote ? drawn : null),
        addEventListener: (type: string, listener: () => void) => void (type === 'DOMContentLoaded' && atPageEnd.push(listener)),
      });
      vi.stubGlobal('requestAnimationFrame', () => 0);
      bootEarlyScreen(earlyScreenConfig);
      await handed()?.answer;
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Nothing drawn here while the page is still coming.
      expect(createElement).not.toHaveBeenCalled();
      expect(atPageEnd).toHaveLength(1);
      for (const listener of atPageEnd) listener();
      if (workerWrote) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(createElement).not.toHaveBeenCalled();
      } else await vi.waitFor(() => expect(createElement).toHaveBeenCalledWith('template'));
    }
  });

  it('is not opened without the server’s release', async () => {
    await keepPicture('/patient?p-1');
    fetchMock.mockResolvedValueOnce(Response.json([{ error: { json: { code: -32001 } } }], { status: 401 }));
    page('/patient', { search: '?id=p-1' });
    keepProfile(nurseId);
    bootEarlyScreen(earlyScreenConfig);
    await handed()?.answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(createElement).not.toHaveBeenCalled();
  });
});
