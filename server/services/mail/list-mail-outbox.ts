/**
 * The region's mail outbox for its administrator, newest first: what was sent, what waits (and
 * why). Reading it is audited, as the notices name people and addresses.
 */
import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { MailOutboxEntry } from '@/lib/schemas/region';
import { appendAuditEntry } from '@/server/audit/append-audit-entry';
import { mailOutbox } from '@/server/db/schema';
import { env } from '@/server/env';
import { assertRegionAdmin } from '@/server/policy/region-admin';
import type { AdminServiceOptions } from '@/server/services/service-options';

export function listMailOutbox(
  { db, admin, audit, now = new Date() }: AdminServiceOptions,
  input: { limit?: number } = {},
): { smtpConfigured: boolean; entries: MailOutboxEntry[] } {
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
  appendAuditEntry(
    db,
    { action: 'mail.outboxViewed', actor: audit.actor, request: audit.request, details: { entries: entries.length } },
    now.getTime(),
  );
  return { smtpConfigured: env.mail.smtpUrl !== null, entries };
}
