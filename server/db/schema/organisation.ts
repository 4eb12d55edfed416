/** Regions (municipalities running the service) and the facilities that join them. */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { facilityKinds, facilityStatuses } from '@/lib/domain/roles';

export const regions = sqliteTable('regions', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  prefecture: text('prefecture').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
});

export const facilities = sqliteTable(
  'facilities',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    name: text('name').notNull(),
    nameKana: text('name_kana'),
    kind: text('kind', { enum: facilityKinds }).notNull(),
    status: text('status', { enum: facilityStatuses }).notNull().default('active'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (table) => [index('facilities_region_idx').on(table.regionId)],
);
