/** What the notification settings screen needs: my settings, whether this device has notifications on, and the key to subscribe with. */
import 'server-only';
import { eq } from 'drizzle-orm';
import type { NotificationSettings } from '@/lib/schemas/notification-settings';
import { pushSubscriptions } from '@/server/db/schema';
import { env } from '@/server/env';
import { findNotificationSettings } from '@/server/push/find-notification-settings';
import { appVapidKeys } from '@/server/push/vapid-keys';
import type { OwnDeviceServiceOptions } from '@/server/services/service-options';

export interface OwnNotifications {
  settings: NotificationSettings;
  /** The endpoint this device subscribed with, or null: the app compares it with the browser's own. */
  thisDeviceEndpoint: string | null;
  vapidPublicKey: string;
}

export function findOwnNotifications({
  db,
  user,
  currentDeviceId,
}: Pick<OwnDeviceServiceOptions, 'db' | 'user' | 'currentDeviceId'>): OwnNotifications {
  const subscription = currentDeviceId
    ? db
        .select({ endpoint: pushSubscriptions.endpoint })
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.deviceId, currentDeviceId))
        .get()
    : undefined;
  return {
    settings: findNotificationSettings(db, user.id),
    thisDeviceEndpoint: subscription?.endpoint ?? null,
    vapidPublicKey: appVapidKeys(env).publicKey,
  };
}
