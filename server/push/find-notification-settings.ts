/** A user's notification settings, or the defaults when they never changed them. */
import 'server-only';
import { eq } from 'drizzle-orm';
import { defaultNotificationSettings, type NotificationSettings } from '@/lib/schemas/notification-settings';
import type { DbExecutor } from '@/server/db/client';
import { notificationSettings } from '@/server/db/schema';

export function findNotificationSettings(db: DbExecutor, userId: string): NotificationSettings {
  const row = db.select().from(notificationSettings).where(eq(notificationSettings.userId, userId)).get();
  if (!row) return { ...defaultNotificationSettings, urgentCategories: [...defaultNotificationSettings.urgentCategories] };
  const { privateToMe, commentOnMyPost, urgentPost, urgentCategories, quietStart, quietEnd } = row;
  return { privateToMe, commentOnMyPost, urgentPost, urgentCategories, quietStart, quietEnd };
}
