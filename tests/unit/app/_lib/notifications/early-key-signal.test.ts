/**
 * The signal the page leaves for the service worker's early key ask (app/_lib/early-screen/early-key-worker.ts):
 * there while the app's data is open, gone as soon as the device locks or a sign-out begins — in
 * the order the changes were made, so a lock right after an unlock leaves none.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allowEarlyKey, earlyKeySignal, earlyKeySignalSettled, signalsCacheName } from '@/app/_lib/notifications/service-worker-signals';
import { markLocked } from '@/app/_lib/offline/lock-flag';
import { markSignOutPending } from '@/app/_lib/sign-out-state';

let entries: Map<string, string>;

beforeEach(() => {
  entries = new Map();
  const cache = {
    put: async (key: string, response: Response) => {
      // A write takes longer than a removal: the order must not come from their speed.
      await new Promise((resolve) => setTimeout(resolve, 5));
      entries.set(key, await response.text());
    },
    delete: async (key: string) => entries.delete(key),
  };
  vi.stubGlobal('caches', { open: (name: string) => Promise.resolve(name === signalsCacheName ? cache : null) });
  const stored = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  });
});

const settled = () => earlyKeySignalSettled().then(() => entries.has(earlyKeySignal));

describe('the early key signal', () => {
  it('is there once the data is open, and gone when the device locks', async () => {
    markLocked('u-nurse', false);
    expect(await settled()).toBe(true);
    markLocked('u-nurse', true);
    expect(await settled()).toBe(false);
  });

  it('goes when a sign-out begins', async () => {
    await allowEarlyKey(true);
    markSignOutPending();
    expect(await settled()).toBe(false);
  });

  it('follows the order of the changes, not their speed', async () => {
    void allowEarlyKey(true);
    await allowEarlyKey(false);
    expect(entries.has(earlyKeySignal)).toBe(false);
    void allowEarlyKey(false);
    await allowEarlyKey(true);
    expect(entries.has(earlyKeySignal)).toBe(true);
  });
});
