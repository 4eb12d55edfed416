'use client';
/** One patient's news in What's new (unread posts, posts with new comments): newest first, a few at a time, and Mark all read. */
import Link from 'next/link';
import { useId, useState } from 'react';
import { markRead } from '@/lib/offline/mutators';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { fromWhatsNew } from '../../_components/desk-side';
import { groupUnreadCount, itemsShownAtFirst, type FeedGroup } from '../_lib/build-feed';
import { FeedItemLink } from './feed-item-link';

export function FeedGroupCard({
  group,
  patient,
  unreadPostIds,
  openPostId,
  patientOpen,
  count = groupUnreadCount(group),
}: {
  group: FeedGroup;
  patient: { name: string } | null;
  /** Every unread post of the patient, filtered out or not: Mark all read reads them all. */
  unreadPostIds: string[];
  /** The post open in the timeline beside the list, if it is this patient's. */
  openPostId: string | null;
  /** This patient's timeline is open beside the list. */
  patientOpen: boolean;
  /** The group's unread count, where its items are not all given (a kept copy's). */
  count?: number;
}) {
  const { t } = useI18n();
  const { writer } = useOffline();
  const headingId = useId();
  const [shown, setShown] = useState(itemsShownAtFirst);
  const name = patient?.name ?? t('whatsNew.unknownPatient');
  const hidden = group.items.length - shown;
  return (
    <section className="feed-group" aria-labelledby={headingId} data-patient-id={group.patientId}>
      <header className="feed-group-head">
        <h2 id={headingId}>
          {patient ? (
            <Link
              href={`/patient?id=${group.patientId}&from=${fromWhatsNew}`}
              aria-current={patientOpen && !openPostId ? 'page' : undefined}
            >
              {name}
            </Link>
          ) : (
            name
          )}
        </h2>
        <span className="badge badge-unread">{t('whatsNew.groupCount', { count })}</span>
        <button
          type="button"
          className="button button-small"
          aria-label={t('whatsNew.markAllReadOf', { name })}
          disabled={!writer}
          onClick={() => writer && void markRead(writer, group.patientId, unreadPostIds)}
        >
          {t('whatsNew.markAllRead')}
        </button>
      </header>
      <ul className="feed-items" aria-label={t('whatsNew.listLabel', { name })}>
        {group.items.slice(0, shown).map((item) => (
          <li key={item.post.id}>
            <FeedItemLink
              item={item}
              href={`/patient?id=${group.patientId}&post=${item.post.id}&from=${fromWhatsNew}`}
              current={item.post.id === openPostId}
            />
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="button button-quiet" onClick={() => setShown((current) => current + 20)}>
          {t('whatsNew.showMore', { count: Math.min(20, hidden) })}
        </button>
      )}
    </section>
  );
}
