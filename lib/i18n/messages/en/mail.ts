/** The mail outbox (/admin/mail). */
import type { Messages } from '../../catalogue';
import type { jaMail } from '../ja/mail';

export const enMail: Messages<typeof jaMail> = {
  'mail.title': 'Mail outbox',
  'mail.lead': 'The notices {region} sent, or will send, newest first.',
  'mail.noSmtp': 'No mail server (SMTP) is configured, so nothing is actually sent: the messages stay here.',
  'mail.none': 'No mail yet.',
  'mail.to': 'To',
  'mail.subject': 'Subject',
  'mail.createdAt': 'Created',
  'mail.status': 'Status',
  'mail.status.sent': 'Sent ({at})',
  'mail.status.waiting': 'Waiting to be sent',
  'mail.status.noSmtp': 'Not sent (no SMTP configured)',
  'mail.status.retrying': 'Will retry ({attempts} failed)',
  'mail.lastError': 'Last error: {error}',
  'mail.showBody': 'Show the message',
};
