/** Staff accounts. A login ID is stored lower-cased; passwords only as argon2id hashes. */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { professions, roles } from '@/lib/domain/roles';
import { locales } from '@/lib/i18n/locales';
import { facilities } from './organisation';
import { requiredRef } from './references';

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    facilityId: requiredRef('facility_id', () => facilities.id),
    loginId: text('login_id').notNull().unique(),
    displayName: text('display_name').notNull(),
    displayNameKana: text('display_name_kana').notNull(),
    profession: text('profession', { enum: professions }).notNull(),
    role: text('role', { enum: roles }).notNull().default('staff'),
    /** Where notices go (an approved application, a reset); optional for staff. */
    email: text('email'),
    /** null: follow the browser's language. */
    locale: text('locale', { enum: locales }),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    passwordChangedAt: integer('password_changed_at', { mode: 'timestamp_ms' }),
    disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (table) => [index('users_facility_idx').on(table.facilityId)],
);
