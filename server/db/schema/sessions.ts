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
    /**
     * When the person last proved it was them in this session (a password, a second factor, a
     * passkey): changing sign-in factors needs it recent (server/services/second-factors/reauthentication.ts).
     */
    reauthenticatedAt: integer('reauthenticated_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('sessions_user_idx').on(table.userId), index('sessions_device_idx').on(table.deviceId)],
);

/**
 * Why a session ended, kept until it would have expired anyway, so a device that comes back with
 * it learns what happened — also on its second request, after the first was told it had run out: an account disabled or a device revoked wipes the
 * device; a password changed elsewhere or a sign-out on another device only asks its user to sign
 * in again, keeping unsent work. Only the holder of the whole token can learn it (the secret's hash
 * is compared like a live session's).
 */
export const endedSessionReasons = [
  'idle',
  'maxAge',
  'signedOut',
  'signedOutEverywhere',
  'passwordChanged',
  'factorsReset',
  'disabled',
  'deviceRevoked',
  'deviceSignedOut',
] as const;
export type EndedSessionReason = (typeof endedSessionReasons)[number];

export const endedSessions = sqliteTable(
  'ended_sessions',
  {
    id: text('id').primaryKey(),
    secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text('reason', { enum: endedSessionReasons }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('ended_sessions_ended_idx').on(table.endedAt)],
);
