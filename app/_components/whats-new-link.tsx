'use client';
/** The link to What's new (新着) with how many posts wait unread, for the header and the home screen. */
import Link from 'next/link';
import { useEffect } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { wantEveryUnreadPost } from '@/app/_lib/unread/unread-posts';
import { useUnreadCount } from '@/app/_lib/unread/use-unread-count';

/** `eager`: the screen shows the count prominently (home), so every post is read at once, not in the background. */
export function WhatsNewLink({ className, eager = false }: { className: string; eager?: boolean }) {
  const { t } = useI18n();
  const count = useUnreadCount();
  useEffect(() => {
    if (eager) wantEveryUnreadPost();
  }, [eager]);
  return (
    <Link href="/whats-new" className={className}>
      {t('whatsNew.link')}
      {count !== null && count > 0 && (
        <span className="badge badge-count" data-count={count}>
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">{t('whatsNew.unreadCount', { count })}</span>
        </span>
      )}
    </Link>
  );
}
