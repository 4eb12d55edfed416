/**
 * Sessions in lucia-auth.com's design: the token is `<id>.<secret>`; only the id and the SHA-256
 * of the secret are stored, so a leaked database yields no usable token.
 */
import { index, integer, sqliteTable, text, blob } from 'drizzle-orm/sqlite-core';
import { devices } from './devices';
import { users } from './users';

export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastActiveAt: integer('last_active_at', { mode: 'timestamp_ms' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    /** The browser install the session was opened on; revoking the device ends the session. */
    deviceId: text('device_id').references(() => devices.id),
    /** When the user passed a second factor in this session; null: not (yet). */
    secondFactorAt: integer('second_factor_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('sessions_user_idx').on(table.userId), index('sessions_device_idx').on(table.deviceId)],
);
