'use client';
/**
 * Notices about the user's own account — every sign-in factor added or removed, by them or an
 * administrator — until they say they have seen them. A factor someone else slipped in is then
 * seen on the next visit home. Online only: the notices live on the server.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { useOnline } from '@/app/_lib/use-online';
import { formatDateTime } from '@/lib/i18n/format';
import type { MessageKey } from '@/lib/i18n/catalogue';
import type { AccountNotice } from '@/lib/schemas/account-notice';

function messageOf(notice: AccountNotice): MessageKey {
  if (notice.kind === 'passkeysRemoved' && notice.details.by) return 'notices.passkeysRemovedBy';
  return `notices.${notice.kind}`;
}

export function AccountNotices() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const online = useOnline();
  const queryClient = useQueryClient();
  const headingId = useId();
  const notices = useQuery(trpc.notices.list.queryOptions(undefined, { enabled: online, retry: false }));
  const markRead = useMutation(
    trpc.notices.markRead.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.notices.list.queryFilter()) }),
  );
  const list = notices.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card stack alert-warning" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('notices.title')}</h2>
      <p className="hint">{t('notices.lead')}</p>
      <ul className="stack" aria-labelledby={headingId}>
        {list.map((notice) => {
          const time = formatDateTime(notice.createdAt, locale);
          return (
            <li key={notice.id}>
              {t(messageOf(notice), { name: notice.details.name ?? '', count: notice.details.count ?? 0, by: notice.details.by ?? '' })}
              <div className="hint">
                {notice.details.device ? t('notices.where', { time, device: notice.details.device }) : t('notices.when', { time })}
              </div>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button"
        disabled={markRead.isPending}
        onClick={() => markRead.mutate({ ids: list.map((notice) => notice.id) })}
      >
        {t('notices.dismiss')}
      </button>
    </section>
  );
}
