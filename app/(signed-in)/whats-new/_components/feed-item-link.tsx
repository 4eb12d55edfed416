'use client';
/** One entry of What's new — an unread post, or a post with new comments: a link to it in its timeline, saying who, when, and what kind of news. */
import Link from 'next/link';
import { memo } from 'react';
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import { CategoryChip } from '../../patient/_components/category-chip';
import { PersonName } from '../../patient/_components/person-name';
import { excerptLength, type FeedItem } from '../_lib/build-feed';

/** `current`: the post is open in the timeline beside the list (two panes). */
export const FeedItemLink = memo(function FeedItemLink({ item, href, current }: { item: FeedItem; href: string; current: boolean }) {
  const { t, locale } = useI18n();
  const { post } = item;
  const excerpt = post.body.length > excerptLength ? `${post.body.slice(0, excerptLength)}…` : post.body;
  return (
    <Link
      href={href}
      className="feed-item"
      aria-current={current ? 'page' : undefined}
      data-feed-item
      data-post-id={post.id}
      data-post-unread={post.postUnread}
    >
      <span className="feed-item-head">
        <CategoryChip category={post.category} />
        <PersonName userId={post.authorId} detail={false} />
        <time dateTime={new Date(post.clientCreatedAt).toISOString()}>{formatDateTime(post.clientCreatedAt, locale)}</time>
        {post.visibility === 'private' && <span className="badge badge-private">{t('post.private')}</span>}
        {item.form && <span className="badge">{t(`forms.template.${item.form}`)}</span>}
        {item.photos > 0 && <span className="badge">{t('whatsNew.photoCount', { count: item.photos })}</span>}
        {post.postUnread
          ? item.comments > 0 && <span className="badge">{t('whatsNew.commentCount', { count: item.comments })}</span>
          : post.newComments > 0 && (
              <span className="badge badge-unread" data-new-comments={post.newComments}>
                {t('whatsNew.newComments', { count: post.newComments })}
              </span>
            )}
      </span>
      <span className="feed-item-body">{post.retractedAt === null ? excerpt : <del>{excerpt}</del>}</span>
    </Link>
  );
});
