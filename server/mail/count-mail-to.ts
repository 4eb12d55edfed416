/** How many notices of one kind an address was sent since a moment: for limits per recipient. */
import 'server-only';
import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { DbExecutor } from '@/server/db/client';
import { mailOutbox } from '@/server/db/schema';
import type { MailTemplate } from './templates';

export function countMailTo(db: DbExecutor, to: string, template: MailTemplate, since: Date): number {
  return (
    db
      .select({ n: count() })
      .from(mailOutbox)
      // Addresses differ in case only in how people type them.
      .where(and(eq(sql`lower(${mailOutbox.to})`, to.toLowerCase()), eq(mailOutbox.template, template), gte(mailOutbox.createdAt, since)))
      .get()?.n ?? 0
  );
}
