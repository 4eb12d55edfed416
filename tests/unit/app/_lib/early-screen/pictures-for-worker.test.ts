/**
 * The screens' kept pictures handed to the service worker (app/_lib/early-screen/pictures-for-worker.ts):
 * every change the page makes to them reaches Cache Storage, still sealed, with the key ring's copy
 * for the server's secret; a patient leaving the device takes them along there too, in the order
 * the changes were made; a wipe leaves none.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handPicturesToWorker, picturesStorageForWorker } from '@/app/_lib/early-screen/pictures-for-worker';
import type { PicturesForWorker } from '@/app/_lib/early-screen/early-picture-worker';
import { earlyPicturesSignal, forgetServiceWorkerSignals, signalsCacheName } from '@/app/_lib/notifications/service-worker-signals';
import { createKeyRing } from '@/lib/offline/encryption/key-ring';
import { writeKeyRing } from '@/lib/offline/encryption/key-store';
import { screenCopies } from '@/lib/offline/screen-copies';

const nurseId = 'u-nurse';
let caches: Map<string, Map<string, string>>;
let stored: Map<string, string>;
let key: CryptoKey;
let byServer: string;
const storage = {
  getItem: (at: string) => stored.get(at) ?? null,
  setItem: (at: string, value: string) => void stored.set(at, value),
  removeItem: (at: string) => void stored.delete(at),
};

beforeEach(async () => {
  caches = new Map();
  stored = new Map();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('navigator', {});
  vi.stubGlobal('caches', {
    open: async (name: string) => {
      const entries = caches.get(name) ?? new Map<string, string>();
      caches.set(name, entries);
      return {
        put: async (at: string, response: Response) => {
          // A write takes longer than a removal: the order must not come from their speed.
          await new Promise((resolve) => setTimeout(resolve, 5));
          entries.set(at, await response.text());
        },
        delete: async (at: string) => entries.delete(at),
      };
    },
    delete: async (name: string) => caches.delete(name),
  });
  const opened = await createKeyRing(crypto.getRandomValues(new Uint8Array(32)), null, Date.now(), 1);
  key = opened.key;
  byServer = opened.ring.byServer;
  writeKeyRing(nurseId, opened.ring);
});

/** What the worker finds now. */
const forWorker = (): PicturesForWorker | null => {
  const text = caches.get(signalsCacheName)?.get(earlyPicturesSignal);
  return text ? (JSON.parse(text) as PicturesForWorker) : null;
};
const idsForWorker = () => forWorker()?.pictures.map((each) => each.id) ?? null;

describe('the pictures handed to the service worker', () => {
  it('follow every change the page makes, sealed, with the key ring’s copy for the server', async () => {
    const pictures = screenCopies('firstPaint', nurseId, key, 5, picturesStorageForWorker(nurseId, storage));
    await pictures.save('/patient?p-1', ['p-1'], { html: '<p>山田 花子さん 褥瘡処置</p>', scroll: 'bottom', width: 1024 }, 1);
    await pictures.save('/patient?p-2', ['p-2'], { html: '<p>田中 キヨさん</p>', scroll: 'bottom', width: 1024 }, 2);
    await expect.poll(idsForWorker).toEqual(['/patient?p-2', '/patient?p-1']);
    expect(forWorker()?.byServer).toBe(byServer);
    const text = caches.get(signalsCacheName)?.get(earlyPicturesSignal) ?? '';
    for (const secret of ['山田', '褥瘡', '田中']) expect(text).not.toContain(secret);

    // A patient leaving the device takes their picture along, there too.
    pictures.forgetPatients(['p-2']);
    await expect.poll(idsForWorker).toEqual(['/patient?p-1']);
    pictures.forgetPatients(['p-1']);
    await expect.poll(idsForWorker).toBeNull();
  });

  it('hands over those kept before, and a wipe leaves none', async () => {
    const before = screenCopies('firstPaint', nurseId, key, 5, storage);
    await before.save('/whats-new?', [], { html: '<p>x</p>', scroll: 'top', width: 1024 }, 1);
    expect(idsForWorker()).toBeNull();
    await handPicturesToWorker(nurseId, storage);
    expect(idsForWorker()).toEqual(['/whats-new?']);
    void handPicturesToWorker(nurseId, storage);
    await forgetServiceWorkerSignals();
    expect(caches.has(signalsCacheName)).toBe(false);
  });
});
