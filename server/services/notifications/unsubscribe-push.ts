/** Turns notifications off for the device in hand (the others keep theirs). */
import 'server-only';
import { removePushSubscriptions } from '@/server/push/remove-push-subscriptions';
import type { OwnDeviceServiceOptions } from '@/server/services/service-options';

export function unsubscribePush({ db, currentDeviceId }: Pick<OwnDeviceServiceOptions, 'db' | 'currentDeviceId'>): { removed: number } {
  return { removed: currentDeviceId ? removePushSubscriptions(db, { deviceId: currentDeviceId }) : 0 };
}
