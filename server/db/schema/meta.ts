/** Facts about the database itself, e.g. whether it is a demo database (`mode`). */
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
