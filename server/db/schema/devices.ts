/**
 * Devices: a browser install a user has signed in on, known by a long-lived device cookie whose
 * SHA-256 alone is stored. Where the region requires it, a new device receives no patient data
 * until an administrator approves it; revoking ends its sessions and wipes it at its next contact.
 */
import { blob, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { requiredRef } from './references';

export const deviceStatuses = ['pending', 'approved', 'revoked'] as const;

export const devices = sqliteTable(
  'devices',
  {
    id: text('id').primaryKey(),
    userId: requiredRef('user_id', () => users.id),
    keyHash: blob('key_hash', { mode: 'buffer' }).notNull(),
    /** Named from the platform at first sign-in ("iPad", "Android tablet", "Windows PC"); editable. */
    name: text('name').notNull(),
    os: text('os'),
    browser: text('browser'),
    userAgent: text('user_agent'),
    status: text('status', { enum: deviceStatuses }).notNull(),
    firstSeenAt: integer('first_seen_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    lastIp: text('last_ip'),
    decidedAt: integer('decided_at', { mode: 'timestamp_ms' }),
    decidedBy: text('decided_by').references(() => users.id),
    /** What the device last said waits in it unsent (posts, comments, read marks, files), and when. */
    pendingCount: integer('pending_count').notNull().default(0),
    pendingReportedAt: integer('pending_reported_at', { mode: 'timestamp_ms' }),
    /**
     * 32 random bytes that wrap the data key this device's app encrypts its patient data with; given
     * only to a full sign-in (server/services/devices/release-device-key.ts). null until first asked.
     */
    keySecret: blob('key_secret', { mode: 'buffer' }),
  },
  (table) => [uniqueIndex('devices_user_key_idx').on(table.userId, table.keyHash), index('devices_status_idx').on(table.status)],
);

export type DeviceRow = typeof devices.$inferSelect;
