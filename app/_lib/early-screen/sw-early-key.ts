/**
 * The service worker's early key and picture (./early-key-worker.ts, ./early-picture-worker.ts),
 * bundled by server/cli/build-workers.ts into public/sw-early-key.js, which the service worker
 * imports (server/cli/build-sw.ts).
 */
import { earlyKeyKeptMs, earlyScreenConfig, screenPaths, workerPictureWaitMs } from '@/app/_lib/early-screen/config';
import { earlyKeySignal, earlyPicturesSignal, signalsCacheName } from '@/app/_lib/notifications/service-worker-signals';
import { listenForEarlyKeys, type EarlyKeyScope } from './early-key-worker';

/** The picture screens' precached pages by path, written in at build (server/cli/build-workers.ts). */
declare const __RENRAKU_PICTURE_PAGES__: Record<string, string>;

listenForEarlyKeys(self as unknown as EarlyKeyScope, {
  paths: screenPaths,
  releaseUrl: earlyScreenConfig.releaseUrl,
  releaseBody: earlyScreenConfig.releaseBody,
  keptMs: earlyKeyKeptMs,
  signal: { cache: signalsCacheName, key: earlyKeySignal },
  picture: {
    pages: __RENRAKU_PICTURE_PAGES__,
    kept: { cache: signalsCacheName, key: earlyPicturesSignal },
    waitMs: workerPictureWaitMs,
    elementId: earlyScreenConfig.elementId,
    metaName: earlyScreenConfig.workerMeta,
    widthSlack: earlyScreenConfig.widthSlack,
  },
});
