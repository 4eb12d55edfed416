'use client';
/** A comment on a post, saved on this device at once and sent with the next sync. */
import { useState, type FormEvent } from 'react';
import { writeComment } from '@/lib/offline/mutators';
import { commentBodyMaxLength, commentDoc } from '@/lib/schemas/comment';
import { useI18n } from '@/app/_lib/i18n';
import { FormField } from '@/app/_components/form-field';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import type { Post } from '../_lib/use-timeline';

export function CommentForm({ post, onDone }: { post: Post; onDone: () => void }) {
  const { t } = useI18n();
  const { writer } = useOffline();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<'comment.empty' | 'comment.tooLong' | 'composer.saveFailed' | null>(null);

  async function send(event: FormEvent) {
    event.preventDefault();
    const parsed = commentDoc.shape.body.safeParse(body);
    if (!parsed.success) return setProblem(body.trim() ? 'comment.tooLong' : 'comment.empty');
    if (!writer) return;
    try {
      await writeComment(writer, { postId: post.id, patientId: post.patientId, body: parsed.data });
    } catch {
      return setProblem('composer.saveFailed');
    }
    setBody('');
    onDone();
  }

  return (
    <form className="comment-form" onSubmit={send} noValidate>
      <FormField
        label={t('comment.label')}
        rows={2}
        value={body}
        maxLength={commentBodyMaxLength}
        autoFocus
        onChange={setBody}
        problem={problem && { key: problem, params: { max: commentBodyMaxLength } }}
        announce
      />
      <div className="row">
        <button type="submit" className="button button-small button-primary" disabled={!writer}>
          {t('comment.send')}
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
