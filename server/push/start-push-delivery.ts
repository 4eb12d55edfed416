/** Runs push delivery from the server process: at start and every 10 seconds, one run at a time. */
import 'server-only';
import type { Db } from '@/server/db/client';
import { env } from '@/server/env';
import { deliverPendingPushes, type PushSend } from './deliver-push';
import { appVapidKeys } from './vapid-keys';
import { webPushSend } from './web-push-send';

const everyMs = 10_000;

export function startPushDelivery(db: Db, given?: PushSend): () => void {
  const send = given ?? webPushSend(appVapidKeys(env));
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    void deliverPendingPushes({ db, send })
      .then(
        (report) => report.failed > 0 && console.error(`[push] ${report.failed} notification(s) failed; they will be retried`),
        (error: unknown) => console.error('[push] delivery failed', error),
      )
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
