'use client';
/** Comments on a post (one level), and the small box to add one when the user opens it. */
import { formatDateTime } from '@/lib/i18n/format';
import { useI18n } from '@/app/_lib/i18n';
import { isPendingSync } from '@/lib/offline/mutators';
import type { Comment, Post } from '../_lib/use-timeline';
import { CommentForm } from './comment-form';
import { PersonName } from './person-name';

export function PostComments(props: { post: Post; comments: Comment[]; composing: boolean; onComposed: () => void }) {
  const { t, locale } = useI18n();
  const { comments } = props;
  if (comments.length === 0 && !props.composing) return null;
  return (
    <div className="post-comments">
      {comments.length > 0 && (
        <ul className="comment-list" aria-label={t('comment.listLabel', { count: comments.length })}>
          {comments.map((comment) => (
            <li key={comment.id} className="comment" data-retracted={comment.retractedAt !== null || undefined}>
              <div className="comment-head">
                <PersonName userId={comment.authorId} />
                <time dateTime={new Date(comment.clientCreatedAt).toISOString()}>{formatDateTime(comment.clientCreatedAt, locale)}</time>
                {isPendingSync(comment) && <span className="badge badge-pending">{t('post.notSent')}</span>}
              </div>
              {comment.retractedAt !== null ? (
                <p className="comment-body">
                  <span className="hint">{t('comment.retracted')} </span>
                  <del>{comment.body}</del>
                </p>
              ) : (
                <p className="comment-body">{comment.body}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.composing && <CommentForm post={props.post} onDone={props.onComposed} />}
    </div>
  );
}
