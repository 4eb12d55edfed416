'use client';
/**
 * 送信メール: the region's notices, newest first — to whom, subject, the message itself and
 * whether it went (sent, waiting, no SMTP configured, failed and waiting to retry).
 */
import { useQuery } from '@tanstack/react-query';
import type { MailOutboxEntry } from '@/lib/schemas/region';
import { formatDateTime } from '@/lib/i18n/format';
import { AdminPage, QueryState } from '@/app/(signed-in)/admin/_components/admin-page';
import { useI18n } from '@/app/_lib/i18n';
import type { UserProfile } from '@/app/_lib/router-types';
import { useTRPC } from '@/app/_lib/trpc';

export function MailOutboxScreen() {
  return (
    <AdminPage role="regionAdmin" title="mail.title" notForYou="region.forRegionAdmins">
      {(user, online) => <MailOutbox user={user} online={online} />}
    </AdminPage>
  );
}

function MailOutbox({ user, online }: { user: UserProfile; online: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const outbox = useQuery(trpc.region.mailOutbox.queryOptions(undefined, { enabled: online, refetchOnWindowFocus: false }));
  return (
    <>
      <p className="hint">{t('mail.lead', { region: user.region.name })}</p>
      {outbox.data && !outbox.data.smtpConfigured && <p className="alert alert-info">{t('mail.noSmtp')}</p>}
      <QueryState query={outbox} online={online} />
      {outbox.data?.entries.length === 0 && <p className="hint">{t('mail.none')}</p>}
      {outbox.data && outbox.data.entries.length > 0 && (
        <ul className="mail-list" aria-label={t('mail.title')}>
          {outbox.data.entries.map((entry) => (
            <MailRow key={entry.id} entry={entry} smtpConfigured={outbox.data.smtpConfigured} />
          ))}
        </ul>
      )}
    </>
  );
}

function MailRow({ entry, smtpConfigured }: { entry: MailOutboxEntry; smtpConfigured: boolean }) {
  const { t, locale } = useI18n();
  const status = entry.sentAt
    ? { label: t('mail.status.sent', { at: formatDateTime(entry.sentAt, locale) }), badge: 'badge' }
    : !smtpConfigured
      ? { label: t('mail.status.noSmtp'), badge: 'badge badge-pending' }
      : entry.lastError
        ? { label: t('mail.status.retrying', { attempts: entry.attempts }), badge: 'badge badge-failure' }
        : { label: t('mail.status.waiting'), badge: 'badge badge-pending' };
  return (
    <li className="card mail-row">
      <dl className="facts">
        <dt>{t('mail.subject')}</dt>
        <dd>{entry.subject}</dd>
        <dt>{t('mail.to')}</dt>
        <dd>{entry.to}</dd>
        <dt>{t('mail.createdAt')}</dt>
        <dd>{formatDateTime(entry.createdAt, locale)}</dd>
        <dt>{t('mail.status')}</dt>
        <dd>
          <span className={status.badge}>{status.label}</span>
          {entry.lastError && !entry.sentAt && <span className="hint"> {t('mail.lastError', { error: entry.lastError })}</span>}
        </dd>
      </dl>
      <details>
        <summary>{t('mail.showBody')}</summary>
        <pre className="mail-body">{entry.body}</pre>
      </details>
    </li>
  );
}
