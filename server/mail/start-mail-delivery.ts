/**
 * Runs delivery from the server process when SMTP is configured (RENRAKU_SMTP_URL): at start and
 * every 15 seconds, one run at a time. Without SMTP the outbox only fills, and the region
 * administrator's mail outbox page shows what would have been sent.
 */
import 'server-only';
import type { Db } from '@/server/db/client';
import { env } from '@/server/env';
import { repeatDelivery } from '@/server/jobs/repeat-delivery';
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
  return repeatDelivery('mail', everyMs, () => deliverPendingMail({ db, transport, from: env.mail.from }), 'message(s)');
}
