/**
 * The region's mail outbox for its administrator, newest first: what was sent, what waits (and
 * why). Reading it is audited, as the notices name people and addresses.
 */
import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { MailOutboxEntry } from '@/lib/schemas/region';
import { audit } from '@/server/audit/audit';
import { mailOutbox } from '@/server/db/schema';
import { env } from '@/server/env';
import { assertRegionAdmin } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function listMailOutbox(
  options: AdminServiceOptions,
  input: { limit?: number } = {},
): { smtpConfigured: boolean; entries: MailOutboxEntry[] } {
  const { db, admin } = options;
  assertRegionAdmin(admin);
  const entries = db
    .select({
      id: mailOutbox.id,
      template: mailOutbox.template,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      body: mailOutbox.body,
      createdAt: mailOutbox.createdAt,
      sentAt: mailOutbox.sentAt,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.regionId, admin.region.id))
    // Rows of one transaction share a time: their insertion order (rowid) breaks the tie.
    .orderBy(desc(mailOutbox.createdAt), desc(sql`rowid`))
    .limit(input.limit ?? 200)
    .all();
  audit(options, 'mail.outboxViewed', { details: { entries: entries.length } }, db);
  return { smtpConfigured: env.mail.smtpUrl !== null, entries };
}
