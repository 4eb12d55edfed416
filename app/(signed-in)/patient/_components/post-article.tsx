'use client';
/** One post (記事) of the timeline, with its markers, history, comments and who has read it. */
import { memo, useId, useState } from 'react';
import { formatDateTime, formatTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import { isPendingSync } from '@/lib/offline/mutators';
import type { FormDoc } from '@/lib/schemas/form';
import type { ObservationDoc } from '@/lib/schemas/observation';
import type { ShownAttachment } from '../_lib/use-attachments';
import type { Comment, Post, Receipt } from '../_lib/use-timeline';
import { CategoryChip } from './category-chip';
import { FormCard } from './form-card';
import { PostAttachments } from './post-attachments';
import { PostComments } from './post-comments';
import { PostEditForm } from './post-edit-form';
import { PostHistory } from './post-history';
import { PersonName, useNamesOf } from './person-name';
import { ReadBy } from './read-by';
import { RetractButton } from './retract-button';
import { VitalsCard } from './vitals-card';

export interface PostArticleProps {
  post: Post;
  comments: Comment[];
  receipts: Receipt[];
  attachments: ShownAttachment[];
  /** The finalised form this post announces (its card replaces the text), once on this device. */
  form?: FormDoc;
  /** Vital-sign readings posted with it. */
  readings?: ObservationDoc[];
  meId: string;
  /** Whether new comments and changes may be written (not for an archived patient). */
  writable: boolean;
  /** Set for a post I have yet to read: the article reports when it has been on screen. */
  trackRead?: (element: HTMLElement | null) => (() => void) | undefined;
  /** Among the posts the timeline opens on: laid out at once, not when scrolled near. */
  inFirstScreen?: boolean;
}

/** Memoised: a long timeline re-renders only the posts whose documents, comments or receipts changed. */
export const PostArticle = memo(function PostArticle({
  post,
  comments,
  receipts,
  attachments,
  form,
  readings,
  meId,
  writable,
  trackRead,
  inFirstScreen,
}: PostArticleProps) {
  const { t, locale } = useI18n();
  const headId = useId();
  const namesOf = useNamesOf();
  const [editing, setEditing] = useState(false);
  const [commenting, setCommenting] = useState(false);
  const mine = post.authorId === meId;
  const retracted = post.retractedAt !== null;
  return (
    <article
      className="post"
      data-post-id={post.id}
      data-retracted={retracted || undefined}
      data-pending={isPendingSync(post) || undefined}
      data-first-screen={inFirstScreen || undefined}
      ref={trackRead}
      aria-labelledby={headId}
      // Reachable by j/k and by a link to the post, not by Tab (its controls are).
      tabIndex={-1}
    >
      <header className="post-head" id={headId}>
        <CategoryChip category={post.category} />
        <PersonName userId={post.authorId} />
        <time dateTime={new Date(post.clientCreatedAt).toISOString()} title={formatDateTime(post.clientCreatedAt, locale)}>
          {formatTime(post.clientCreatedAt, locale)}
        </time>
        {post.visibility === 'private' && <span className="badge badge-private">{t('post.private')}</span>}
        {isPendingSync(post) && <span className="badge badge-pending">{t('post.notSent')}</span>}
      </header>
      {post.visibility === 'private' && <p className="post-recipients">{t('post.privateTo', { names: namesOf(post.recipientIds) })}</p>}
      {retracted ? (
        <div className="post-retracted">
          <p className="post-retract-note">
            {t('post.retractedBy', {
              name: namesOf([post.retractedBy ?? post.authorId]),
              time: formatDateTime(post.retractedAt ?? 0, locale),
            })}
            {post.retractReason ? ` ${t('post.retractReason', { reason: post.retractReason })}` : ''}
          </p>
          <p className="post-body">
            <span className="visually-hidden">{t('post.originalText')}</span>
            <del>{post.body}</del>
          </p>
        </div>
      ) : editing ? (
        <PostEditForm post={post} onDone={() => setEditing(false)} />
      ) : form ? (
        <FormCard form={form} />
      ) : (
        <p className="post-body">{post.body}</p>
      )}
      {readings?.map((reading) => (
        <VitalsCard key={reading.id} reading={reading} />
      ))}
      {attachments.length > 0 && <PostAttachments attachments={attachments} post={post} comments={comments} writable={writable} />}
      {(post.editedAt !== null || post.history.length > 0) && <PostHistory post={post} />}
      <footer className="post-foot">
        <ReadBy post={post} receipts={receipts} mine={mine} />
        {writable && !retracted && !editing && (
          <div className="post-actions">
            {!commenting && (
              <button type="button" className="button button-small button-quiet" onClick={() => setCommenting(true)}>
                {t('comment.add')}
              </button>
            )}
            {/* A form's post says what the form is; the form itself is corrected by a new version. */}
            {mine && !form && (
              <>
                <button type="button" className="button button-small" onClick={() => setEditing(true)}>
                  {t('post.edit')}
                </button>
                <RetractButton post={post} />
              </>
            )}
          </div>
        )}
      </footer>
      <PostComments post={post} comments={comments} composing={commenting} onComposed={() => setCommenting(false)} />
    </article>
  );
});
