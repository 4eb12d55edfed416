/**
 * When the service worker may be registered (app/_lib/service-worker-timing.ts): at once where this
 * browser has it already (the update check); on a first visit, not before the page has been left
 * a few seconds to a sign-in (counted again from a sign-in sent), and not while a collection is
 * being filled on any database — also one that starts during the wait — but never held for good. Each test has fresh modules (their
 * clock and registry).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as TimingModule from '@/app/_lib/service-worker-timing';
import type * as FillStateModule from '@/lib/offline/fill-state';

type Timing = typeof TimingModule;
type FillState = typeof FillStateModule;

let timing: Timing;
let fills: FillState;

function deferred() {
  let resolve = () => {};
  let reject = () => {};
  const promise = new Promise<void>((done, fail) => {
    resolve = done;
    reject = () => fail(new Error('the pull failed'));
  });
  return { promise, resolve, reject };
}

/** Whether `promise` has settled once the timers and microtasks due now have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

/** Checks that `may` is still waiting `ms` - 1 ms from now, and goes at `ms`. */
async function expectReleasedAfter(may: Promise<void>, ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms - 1);
  expect(await settled(may)).toBe(false);
  await vi.advanceTimersByTimeAsync(1);
  expect(await settled(may)).toBe(true);
}

function browserWith(registration: object | undefined) {
  vi.stubGlobal('navigator', { serviceWorker: { getRegistration: vi.fn(async () => registration) } });
}

beforeEach(async () => {
  vi.useFakeTimers();
  vi.resetModules();
  fills = await import('@/lib/offline/fill-state');
  timing = await import('@/app/_lib/service-worker-timing');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the service worker’s install', () => {
  it('is registered at once where this browser has it already, even during a fill', async () => {
    browserWith({ scope: '/' });
    fills.noteFill({}, 'posts', new Promise<void>(() => {}));
    expect(await settled(timing.whenServiceWorkerMayInstall())).toBe(true);
  });

  it('on a first visit with nothing syncing, waits only for the sign-in’s few seconds', async () => {
    browserWith(undefined);
    await expectReleasedAfter(timing.whenServiceWorkerMayInstall(), timing.firstInstallGraceMs);
  });

  it('counts its few seconds again from a sign-in sent meanwhile', async () => {
    browserWith(undefined);
    const may = timing.whenServiceWorkerMayInstall();
    await vi.advanceTimersByTimeAsync(2_000);
    timing.noteSignIn();
    await expectReleasedAfter(may, timing.firstInstallGraceMs);
  });

  it('waits for every fill, on any database, also one that starts as another ends, and one that fails', async () => {
    browserWith(undefined);
    const posts = deferred();
    const comments = deferred();
    fills.noteFill({}, 'posts', posts.promise);
    const may = timing.whenServiceWorkerMayInstall();
    await vi.advanceTimersByTimeAsync(timing.firstInstallGraceMs + 10_000);
    expect(await settled(may)).toBe(false);

    fills.noteFill({}, 'comments', comments.promise);
    posts.resolve();
    expect(await settled(may)).toBe(false);
    comments.reject();
    expect(await settled(may)).toBe(true);
  });

  it('is held at most two minutes by a fill that never ends', async () => {
    browserWith(undefined);
    fills.noteFill({}, 'posts', new Promise<void>(() => {}));
    await expectReleasedAfter(timing.whenServiceWorkerMayInstall(), timing.firstInstallGraceMs + 120_000);
  });
});
