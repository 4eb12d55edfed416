/** Regions (municipalities running the service) and the facilities that join them. */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { facilityKinds, facilityStatuses } from '@/lib/domain/roles';
import { requiredRef } from './references';

export const twoFactorPolicies = ['administrators', 'everyone'] as const;

export const regions = sqliteTable(
  'regions',
  {
    id: text('id').primaryKey(),
    /** The region's portal address: /join/<slug>. Half-width letters, digits and hyphens. */
    slug: text('slug'),
    name: text('name').notNull(),
    prefecture: text('prefecture').notNull(),
    /** Settings the region administrator changes (server/services/regions). */
    deviceApprovalRequired: integer('device_approval_required', { mode: 'boolean' }).notNull().default(true),
    /** Administrators always need a second factor; `everyone` extends that to all staff. */
    twoFactorPolicy: text('two_factor_policy', { enum: twoFactorPolicies }).notNull().default('administrators'),
    /** null: the server's RENRAKU_SESSION_IDLE_TIMEOUT. */
    idleTimeoutMinutes: integer('idle_timeout_minutes'),
    /** Minutes without use before the app locks itself on a device (lib/offline/encryption). */
    lockAfterMinutes: integer('lock_after_minutes').notNull().default(5),
    /** Hours without reaching the server before a device's password no longer unlocks its data. */
    offlineLimitHours: integer('offline_limit_hours').notNull().default(72),
    /** JSON array of the enabled post categories in display order; null: all, in the glossary's order. */
    postCategories: text('post_categories'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (table) => [uniqueIndex('regions_slug_idx').on(table.slug)],
);

export const facilities = sqliteTable(
  'facilities',
  {
    id: text('id').primaryKey(),
    regionId: requiredRef('region_id', () => regions.id),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    kind: text('kind', { enum: facilityKinds }).notNull(),
    status: text('status', { enum: facilityStatuses }).notNull().default('active'),
    prefecture: text('prefecture'),
    municipality: text('municipality'),
    withdrawnAt: integer('withdrawn_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (table) => [index('facilities_region_idx').on(table.regionId)],
);
