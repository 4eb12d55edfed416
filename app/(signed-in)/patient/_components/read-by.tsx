'use client';
/** 既読: how many team members have read a post, and who and when, on demand. */
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import { useDirectory } from '@/app/_lib/offline/directory';
import type { Post, Receipt } from '../_lib/use-timeline';

export function ReadBy({ post, receipts, mine }: { post: Post; receipts: Receipt[]; mine: boolean }) {
  const { t, locale } = useI18n();
  const directory = useDirectory();
  const readers = receipts.filter((receipt) => receipt.userId !== post.authorId);
  if (readers.length === 0) return mine ? <span className="hint">{t('post.readByNone')}</span> : null;
  return (
    <details className="read-by">
      <summary>{t('post.readBy', { count: readers.length })}</summary>
      <ul>
        {readers.map((receipt) => (
          <li key={receipt.id}>
            {directory.get(receipt.userId)?.displayName ?? t('person.unknown')}
            <span className="hint"> · {formatDateTime(receipt.readAt, locale)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
