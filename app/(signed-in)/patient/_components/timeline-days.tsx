'use client';
/** The shown posts grouped by calendar day, each day a section under its date. */
import { formatDate } from '@/lib/i18n/format';
import { isNewComment } from '@/lib/domain/new-comments';
import { receiptId } from '@/lib/schemas/comment';
import { useLayoutEffect } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { useFirstScreenContent } from '@/app/_lib/first-screen';
import { markOnce } from '@/app/_lib/perf-mark';
import { groupByDay } from '../_lib/day-key';
import { isForMe } from '../_lib/post-visibility';
import type { FormDoc } from '@/lib/schemas/form';
import type { ObservationDoc } from '@/lib/schemas/observation';
import type { ShownAttachment } from '../_lib/use-attachments';
import type { Comment, Post, Receipt } from '../_lib/use-timeline';
import { PostArticle } from './post-article';

interface Props {
  posts: Post[];
  comments: ReadonlyMap<string, Comment[]>;
  receipts: ReadonlyMap<string, Receipt[]>;
  attachments: ReadonlyMap<string, ShownAttachment[]>;
  forms: ReadonlyMap<string, FormDoc>;
  readings: ReadonlyMap<string, ObservationDoc[]>;
  meId: string;
  writable: boolean;
  trackRead: (element: HTMLElement | null) => (() => void) | undefined;
}

const none: never[] = [];
/**
 * The newest posts, at the bottom where the timeline opens, are laid out with the first frame;
 * the others skip layout until scrolled near (`content-visibility: auto`), which would otherwise
 * show these too as empty boxes for one frame. More than a tall tablet shows at once.
 */
const laidOutAtOnce = 8;

const postTime = (post: Post) => post.clientCreatedAt;

export function TimelineDays({ posts, comments, receipts, attachments, forms, readings, meId, writable, trackRead }: Props) {
  const { locale } = useI18n();
  useLayoutEffect(() => markOnce('timeline-committed'), []);
  useFirstScreenContent();
  const myReceipt = (post: Post) => receipts.get(post.id)?.find((receipt) => receipt.id === receiptId(post.id, meId));
  // Unread: someone else's post I have not read, or comments by others since my last read (mine too).
  const hasNews = (post: Post) => {
    const mark = myReceipt(post);
    if (!mark && isForMe(meId, post)) return true;
    return (comments.get(post.id) ?? none).some((comment) => isNewComment(comment, meId, mark?.readAt ?? null));
  };
  const days = groupByDay(posts, postTime);
  const inFirstScreen = new Set(
    days
      .flatMap(({ items }) => items)
      .slice(-laidOutAtOnce)
      .map((post) => post.id),
  );
  return days.map(({ day, items: ofDay }) => (
    <section key={day} className="timeline-day" aria-labelledby={`day-${day}`}>
      <h2 className="day-separator" id={`day-${day}`}>
        <span>{formatDate(ofDay[0]?.clientCreatedAt ?? 0, locale)}</span>
      </h2>
      {ofDay.map((post) => (
        <PostArticle
          key={post.id}
          post={post}
          comments={comments.get(post.id) ?? none}
          receipts={receipts.get(post.id) ?? none}
          attachments={attachments.get(post.id) ?? none}
          form={forms.get(post.id)}
          readings={readings.get(post.id)}
          meId={meId}
          writable={writable}
          trackRead={hasNews(post) ? trackRead : undefined}
          inFirstScreen={inFirstScreen.has(post.id)}
        />
      ))}
    </section>
  ));
}
