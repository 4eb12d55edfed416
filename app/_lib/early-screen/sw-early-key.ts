/**
 * The service worker's early key (./early-key-worker.ts), bundled by server/cli/build-workers.ts
 * into public/sw-early-key.js, which the service worker imports (server/cli/build-sw.ts).
 */
import { earlyKeyKeptMs, earlyScreenConfig, screenPaths } from '@/app/_lib/early-screen/config';
import { earlyKeySignal, signalsCacheName } from '@/app/_lib/notifications/service-worker-signals';
import { listenForEarlyKeys, type EarlyKeyScope } from './early-key-worker';

listenForEarlyKeys(self as unknown as EarlyKeyScope, {
  paths: screenPaths,
  releaseUrl: earlyScreenConfig.releaseUrl,
  releaseBody: earlyScreenConfig.releaseBody,
  keptMs: earlyKeyKeptMs,
  signal: { cache: signalsCacheName, key: earlyKeySignal },
});
