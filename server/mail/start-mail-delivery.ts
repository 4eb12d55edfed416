/**
 * Runs delivery from the server process when SMTP is configured (RENRAKU_SMTP_URL): at start and
 * every 15 seconds, one run at a time. Without SMTP the outbox only fills, and the region
 * administrator's mail outbox page shows what would have been sent.
 */
import 'server-only';
import type { Db } from '@/server/db/client';
import { env } from '@/server/env';
import { deliverPendingMail, type MailTransport } from './deliver-mail';

const everyMs = 15_000;

/** nodemailer is loaded only where SMTP is configured (about 12 MB of resident memory otherwise spent for nothing). */
async function smtpTransport(): Promise<MailTransport | null> {
  if (!env.mail.smtpUrl) return null;
  const { default: nodemailer } = await import('nodemailer');
  return nodemailer.createTransport(env.mail.smtpUrl);
}

export async function startMailDelivery(db: Db, given?: MailTransport): Promise<(() => void) | null> {
  const transport = given ?? (await smtpTransport());
  if (!transport) return null;
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    void deliverPendingMail({ db, transport, from: env.mail.from })
      .then(
        (report) => report.failed > 0 && console.error(`[mail] ${report.failed} message(s) failed; they will be retried`),
        (error: unknown) => console.error('[mail] delivery failed', error),
      )
      .finally(() => {
        running = false;
      });
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
