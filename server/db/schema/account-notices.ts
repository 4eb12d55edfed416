/**
 * Notices to a user about their own account, shown in the app until read: every sign-in factor
 * added or removed, by them or by an administrator, so a factor someone else slipped in is seen.
 * Written in the transaction of the change.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accountNoticeKinds } from '@/lib/schemas/account-notice';
import { users } from './users';
import { requiredRef } from './references';

export const accountNotices = sqliteTable(
  'account_notices',
  {
    id: text('id').primaryKey(),
    userId: requiredRef('user_id', () => users.id),
    kind: text('kind', { enum: accountNoticeKinds }).notNull(),
    /** JSON object: what the notice names (a passkey's name, how many were removed, by whom). */
    details: text('details'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    readAt: integer('read_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('account_notices_user_idx').on(table.userId, table.createdAt)],
);
