/**
 * One user's notification settings, the same for every device: which kinds reach them, which
 * categories count as urgent, and quiet hours (Japan time) during which pushes wait. Whether a
 * device receives them at all is that device's push subscription (turned on there, by its user).
 */
import { z } from 'zod';
import { postCategories, type PostCategory } from '@/lib/domain/categories';

/** Minutes after midnight. */
const minuteOfDay = z.number().int().min(0).max(1439);

export const notificationSettings = z
  .object({
    privateToMe: z.boolean(),
    commentOnMyPost: z.boolean(),
    urgentPost: z.boolean(),
    urgentCategories: z.array(z.enum(postCategories)).max(postCategories.length),
    /** Both null: no quiet hours. May wrap midnight (22:00–07:00). */
    quietStart: minuteOfDay.nullable(),
    quietEnd: minuteOfDay.nullable(),
  })
  .refine((value) => (value.quietStart === null) === (value.quietEnd === null), { message: 'quiet hours need a start and an end' });
export type NotificationSettings = z.infer<typeof notificationSettings>;

/** Clinical instructions and medication changes are what a nurse must not learn of late. */
export const defaultUrgentCategories: readonly PostCategory[] = ['clinical', 'medication'];

export const defaultNotificationSettings: NotificationSettings = {
  privateToMe: true,
  commentOnMyPost: true,
  urgentPost: true,
  urgentCategories: [...defaultUrgentCategories],
  quietStart: null,
  quietEnd: null,
};

/** A device's push subscription, as PushSubscription.toJSON() gives it. */
export const pushSubscriptionInput = z.object({
  endpoint: z.url({ protocol: /^https?$/ }).max(2048),
  keys: z.object({ p256dh: z.string().min(1).max(200), auth: z.string().min(1).max(100) }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;
