/** A user changes their own notification settings (which kinds, urgent categories, quiet hours); every device of theirs follows. */
import 'server-only';
import type { NotificationSettings } from '@/lib/schemas/notification-settings';
import { notificationSettings } from '@/server/db/schema';
import type { OwnDeviceServiceOptions } from '@/server/services/service-options';

export function updateNotificationSettings(
  { db, user, now = new Date() }: Pick<OwnDeviceServiceOptions, 'db' | 'user' | 'now'>,
  input: NotificationSettings,
): NotificationSettings {
  const values = { ...input, urgentCategories: [...new Set(input.urgentCategories)], updatedAt: now };
  db.insert(notificationSettings)
    .values({ userId: user.id, ...values })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: values })
    .run();
  const { updatedAt: _updatedAt, ...settings } = values;
  return settings;
}
