/**
 * Sends what waits in the outbox. A row is marked sent only after the transport accepted it, and
 * a failure only counts an attempt and keeps the error: no row is ever dropped. Retries back off
 * from the row's creation (30 s, 1 min, 2 min … at most an hour apart), so no extra column is
 * needed and a restart does not hammer a failing server more than the schedule allows.
 */
import 'server-only';
import { asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/server/db/client';
import { mailOutbox } from '@/server/db/schema';

/** What nodemailer's transporter offers, and what a test's fake transport imitates. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

export const retrySchedule = { firstDelayMs: 30_000, maxDelayMs: 3_600_000 } as const;

/** When a row that has been tried `attempts` times may be tried again. */
export function nextAttemptAt(createdAt: Date, attempts: number): number {
  let at = createdAt.getTime();
  for (let tried = 0; tried < attempts; tried += 1) at += Math.min(retrySchedule.firstDelayMs * 2 ** tried, retrySchedule.maxDelayMs);
  return at;
}

export interface DeliveryReport {
  sent: number;
  failed: number;
}

export async function deliverPendingMail(
  { db, transport, from, now = () => new Date() }: { db: Db; transport: MailTransport; from: string; now?: () => Date },
  options: { batch?: number } = {},
): Promise<DeliveryReport> {
  const at = now().getTime();
  const due = db
    .select()
    .from(mailOutbox)
    .where(isNull(mailOutbox.sentAt))
    .orderBy(asc(mailOutbox.createdAt))
    .all()
    .filter((row) => nextAttemptAt(row.createdAt, row.attempts) <= at)
    .slice(0, options.batch ?? 20);
  const report: DeliveryReport = { sent: 0, failed: 0 };
  for (const row of due) {
    try {
      await transport.sendMail({ from, to: row.to, subject: row.subject, text: row.body });
      db.update(mailOutbox)
        .set({ sentAt: now(), attempts: row.attempts + 1, lastError: null })
        .where(eq(mailOutbox.id, row.id))
        .run();
      report.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      db.update(mailOutbox)
        .set({ attempts: row.attempts + 1, lastError: message.slice(0, 500) })
        .where(eq(mailOutbox.id, row.id))
        .run();
      report.failed += 1;
    }
  }
  return report;
}
