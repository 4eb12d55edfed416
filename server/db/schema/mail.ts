/**
 * Every email the service sends is written here first, in the transaction that caused it, then
 * delivered by SMTP when one is configured. Without SMTP (the demo, tests) it stays here, and the
 * region administrator's mail outbox page shows what would have been sent.
 */
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { regions } from './organisation';

export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id').references(() => regions.id),
    /** Which notice (applicationReceived, applicationApproved, …): for the outbox page and tests. */
    template: text('template').notNull(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (table) => [index('mail_outbox_region_idx').on(table.regionId, table.createdAt), index('mail_outbox_unsent_idx').on(table.sentAt)],
);
