/**
 * Puts an email in the outbox (mail_outbox) inside the caller's transaction, so a notice exists
 * exactly when the change it tells of was committed. Delivery happens later (deliver-mail.ts).
 */
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { DbExecutor } from '@/server/db/client';
import { mailOutbox } from '@/server/db/schema';
import type { MailMessage } from './templates';

export function queueMail(
  tx: DbExecutor,
  mail: MailMessage & { to: string; regionId: string | null },
  now: Date = new Date(),
): { id: string } {
  const id = randomUUID();
  tx.insert(mailOutbox)
    .values({ id, regionId: mail.regionId, template: mail.template, to: mail.to, subject: mail.subject, body: mail.body, createdAt: now })
    .run();
  return { id };
}
