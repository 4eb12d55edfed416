'use client';
/** Editing my own post: the server keeps the text it replaces in the post's history. */
import { useState, type FormEvent } from 'react';
import type { PostCategory } from '@/lib/domain/categories';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { editPost } from '@/lib/offline/mutators';
import { postBodyMaxLength, postDoc } from '@/lib/schemas/post';
import { useI18n } from '@/app/_lib/i18n';
import { FormField } from '@/app/_components/form-field';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import type { Post } from '../_lib/use-timeline';
import { CategorySelect } from './category-select';

export function PostEditForm({ post, onDone }: { post: Post; onDone: () => void }) {
  const { t } = useI18n();
  const { me, writer } = useOffline();
  const [category, setCategory] = useState<PostCategory>(post.category);
  const [body, setBody] = useState(post.body);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = postDoc.shape.body.safeParse(body);
    if (!parsed.success) return setProblem(body.trim() ? 'composer.tooLong' : 'composer.empty');
    if (parsed.data !== post.body || category !== post.category) {
      if (!writer) return;
      try {
        await editPost(writer, post.id, { body: parsed.data, category });
      } catch {
        return setProblem('composer.saveFailed');
      }
    }
    onDone();
  }

  return (
    <form className="post-edit stack" onSubmit={save} noValidate>
      <FormField label={t('post.editCategory')}>
        {({ id }) => <CategorySelect id={id} value={category} onChange={setCategory} enabled={me.region.postCategories} />}
      </FormField>
      <FormField
        label={t('post.editBody')}
        rows={4}
        value={body}
        maxLength={postBodyMaxLength}
        autoFocus
        onChange={setBody}
        problem={problem && { key: problem, params: { max: postBodyMaxLength } }}
        announce
      />
      <p className="hint">{t('post.editHint')}</p>
      <div className="row">
        <button type="submit" className="button button-primary">
          {t('post.saveEdit')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
