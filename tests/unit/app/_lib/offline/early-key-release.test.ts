/**
 * The device key asked for as the page's first scripts run (app/_lib/offline/early-key-release.ts):
 * only where the device key gate would ask at its start, taken once and only by that user's gate,
 * and never on the pages outside the signed-in frame.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubLocalStorage } from '@/tests/support/memory-storage';

const nurseId = 'u-nurse';
const release = { secret: 'c2VjcmV0', lockAfterMinutes: 15, offlineLimitHours: 72 };

let stored: Map<string, string>;
let fetchMock: ReturnType<typeof vi.fn>;

function page(pathname: string, { online = true } = {}) {
  vi.stubGlobal('window', { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) });
  vi.stubGlobal('location', { pathname });
  vi.stubGlobal('navigator', { onLine: online });
}

function keepProfile(userId: string) {
  stored.set('renraku.profile', JSON.stringify({ user: { id: userId }, sessionStartedAt: null }));
}

/** A fresh copy of the module: what it asked for lives in the module, once per page. */
async function freshModule() {
  vi.resetModules();
  return import('@/app/_lib/offline/early-key-release');
}

beforeEach(() => {
  stored = stubLocalStorage();
  fetchMock = vi.fn(async () => Response.json([{ result: { data: { json: release } } }]));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('askForKeyEarly', () => {
  it('asks on a signed-in page with a kept profile, and gives the answer to that user’s gate once', async () => {
    page('/patient');
    keepProfile(nurseId);
    const { askForKeyEarly, takeEarlyKey } = await freshModule();
    askForKeyEarly();
    askForKeyEarly();
    expect(await takeEarlyKey(nurseId)).toEqual(release);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]?.[0])).toContain('/api/trpc/devices.unlockKey');
    expect(takeEarlyKey(nurseId)).toBeNull();
  });

  it('gives nothing to another user’s gate, and that answer is gone', async () => {
    page('/');
    keepProfile(nurseId);
    const { askForKeyEarly, takeEarlyKey } = await freshModule();
    askForKeyEarly();
    expect(takeEarlyKey('u-doctor')).toBeNull();
    expect(takeEarlyKey(nurseId)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('answers null when the server refuses (the gate then asks itself)', async () => {
    page('/whats-new');
    keepProfile(nurseId);
    fetchMock.mockImplementation(async () =>
      Response.json([{ error: { json: { message: 'signInAgain', code: -32003, data: { code: 'FORBIDDEN', httpStatus: 403 } } } }], {
        status: 403,
      }),
    );
    const { askForKeyEarly, takeEarlyKey } = await freshModule();
    askForKeyEarly();
    expect(await takeEarlyKey(nurseId)).toBeNull();
  });

  it.each([
    ['the sign-in page', '/signin', () => undefined, true],
    ['a join page', '/join/tokyo-east', () => undefined, true],
    ['the offline page', '/offline', () => undefined, true],
    ['offline', '/patient', () => undefined, false],
    ['no profile kept', '/patient', () => stored.delete('renraku.profile'), true],
    ['a sign-out waiting', '/patient', () => stored.set('renraku.pendingSignOut', '1'), true],
    ['the device locked', '/patient', () => stored.set(`renraku.locked.${nurseId}`, '1'), true],
  ])('does not ask on %s', async (_case, pathname, arrange, online) => {
    page(pathname, { online });
    keepProfile(nurseId);
    arrange();
    const { askForKeyEarly, takeEarlyKey } = await freshModule();
    askForKeyEarly();
    // The tRPC client sends its batch a moment later: give it that moment.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(takeEarlyKey(nurseId)).toBeNull();
  });

  it('drops an answer no gate took within a minute', async () => {
    vi.useFakeTimers();
    page('/patients');
    keepProfile(nurseId);
    const { askForKeyEarly, takeEarlyKey } = await freshModule();
    askForKeyEarly();
    vi.advanceTimersByTime(60_001);
    expect(takeEarlyKey(nurseId)).toBeNull();
  });
});

describe('outsideSignedInFrame', () => {
  it('names every page outside the signed-in frame, and no page inside it', async () => {
    const { outsideSignedInFrame } = await import('@/lib/offline/storage-keys');
    const app = path.join(process.cwd(), 'app');
    const holdsPages = (dir: string): boolean =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .some((entry) => (entry.isDirectory() ? holdsPages(path.join(dir, entry.name)) : entry.name === 'page.tsx'));
    const routesIn = (dir: string) =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !/^[_(]/.test(entry.name) && holdsPages(path.join(dir, entry.name)))
        .map((entry) => `/${entry.name}`);
    const outside = routesIn(app);
    expect(outside.length).toBeGreaterThan(0);
    for (const route of outside) expect(outsideSignedInFrame.test(route), route).toBe(true);
    const inside = routesIn(path.join(app, '(signed-in)'));
    expect(inside).toContain('/patient');
    for (const route of ['/', ...inside]) expect(outsideSignedInFrame.test(route), route).toBe(false);
  });
});
