/** Runs push delivery from the server process: at start and every 10 seconds, one run at a time. */
import 'server-only';
import type { Db } from '@/server/db/client';
import { env } from '@/server/env';
import { repeatDelivery } from '@/server/jobs/repeat-delivery';
import { deliverPendingPushes, type PushSend } from './deliver-push';
import { appVapidKeys } from './vapid-keys';
import { webPushSend } from './web-push-send';

const everyMs = 10_000;

export function startPushDelivery(db: Db, given?: PushSend): () => void {
  const send = given ?? webPushSend(appVapidKeys(env));
  return repeatDelivery('push', everyMs, () => deliverPendingPushes({ db, send }), 'notification(s)');
}
