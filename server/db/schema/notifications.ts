/**
 * Notifications: each user's choice of what reaches them and when (notification_settings), the
 * push subscription of each device that turned them on (push_subscriptions), and the push outbox
 * (push_outbox) — written in the transaction of the change it tells of, delivered with backoff
 * like the mail outbox. No row holds a patient's name or a post's text; only ids.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { PostCategory } from '@/lib/domain/categories';
import { notificationKinds } from '@/lib/notifications/notification-kinds';
import { devices } from './devices';
import { users } from './users';
import { requiredRef } from './references';

export const notificationSettings = sqliteTable('notification_settings', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id),
  privateToMe: integer('private_to_me', { mode: 'boolean' }).notNull(),
  commentOnMyPost: integer('comment_on_my_post', { mode: 'boolean' }).notNull(),
  urgentPost: integer('urgent_post', { mode: 'boolean' }).notNull(),
  /** JSON array of the categories this user counts as urgent. */
  urgentCategories: text('urgent_categories', { mode: 'json' }).$type<PostCategory[]>().notNull(),
  /** Quiet hours in minutes after midnight, Japan time; both null: none. */
  quietStart: integer('quiet_start'),
  quietEnd: integer('quiet_end'),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
});

export const pushSubscriptions = sqliteTable(
  'push_subscriptions',
  {
    id: text('id').primaryKey(),
    userId: requiredRef('user_id', () => users.id),
    /** One subscription per device: turning notifications on again replaces it. */
    deviceId: requiredRef('device_id', () => devices.id),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSuccessAt: integer('last_success_at', { mode: 'timestamp_ms' }),
    /** Refusals in a row (401/403: the push service no longer accepts our key for it); reset by a success. */
    refusals: integer('refusals').notNull().default(0),
  },
  (table) => [uniqueIndex('push_subscriptions_device_idx').on(table.deviceId), index('push_subscriptions_user_idx').on(table.userId)],
);

export const pushOutcomes = ['delivered', 'noSubscription', 'expired'] as const;

export const pushOutbox = sqliteTable(
  'push_outbox',
  {
    id: text('id').primaryKey(),
    userId: requiredRef('user_id', () => users.id),
    kind: text('kind', { enum: notificationKinds }).notNull(),
    /** The post or comment that caused it (for tracing; never sent). */
    sourceId: text('source_id').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** Not before the end of the user's quiet hours. */
    notBefore: integer('not_before', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    outcome: text('outcome', { enum: pushOutcomes }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (table) => [index('push_outbox_unsent_idx').on(table.sentAt, table.notBefore), index('push_outbox_user_idx').on(table.userId)],
);

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;
export type PushOutboxRow = typeof pushOutbox.$inferSelect;
