'use client';
/** Writing a post: it is saved on this device at once (offline too) and sent with the next sync. */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { PostCategory } from '@/lib/domain/categories';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { notYetSynced } from '@/lib/offline/collections';
import type { MemberDoc } from '@/lib/schemas/care-team';
import { postBodyMaxLength, postDoc } from '@/lib/schemas/post';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import type { Directory } from '../_lib/use-directory';
import { CategorySelect } from './category-select';
import { RecipientPicker } from './recipient-picker';

export function Composer({ patientId, team, directory, onPosted }: { patientId: string; team: MemberDoc[]; directory: Directory; onPosted: () => void }) {
  const { t } = useI18n();
  const { db, me } = useOffline();
  const ids = { category: useId(), body: useId(), problem: useId() };
  const [category, setCategory] = useState<PostCategory>('message');
  const [body, setBody] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const [recipients, setRecipients] = useState<string[]>([]);
  const [problem, setProblem] = useState<MessageKey | null>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const parsed = postDoc.shape.body.safeParse(body);
    if (!parsed.success) return setProblem(body.trim() ? 'composer.tooLong' : 'composer.empty');
    if (isPrivate && recipients.length === 0) return setProblem('composer.chooseRecipients');
    if (!db) return;
    try {
      await db.posts.insert({
        id: crypto.randomUUID(), patientId, authorId: me.id, category, body: parsed.data, visibility: isPrivate ? 'private' : 'team',
        recipientIds: isPrivate ? recipients : [], clientCreatedAt: Date.now(), serverCreatedAt: null, revision: 1, editedAt: null,
        editedBy: null, history: [], retractedAt: null, retractedBy: null, retractReason: null, updatedAt: notYetSynced,
      });
    } catch {
      return setProblem('composer.saveFailed');
    }
    setBody('');
    setPrivate(false);
    setRecipients([]);
    setProblem(null);
    onPosted();
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) void submit();
  };
  return (
    <form className="composer" onSubmit={submit} aria-label={t('composer.title')} noValidate>
      <div className="composer-row">
        <div className="field composer-category">
          <label htmlFor={ids.category}>{t('composer.category')}</label>
          <CategorySelect id={ids.category} value={category} onChange={setCategory} />
        </div>
        <div className="field composer-body">
          <label htmlFor={ids.body}>{t('composer.message')}</label>
          <textarea
            id={ids.body} rows={2} value={body} maxLength={postBodyMaxLength} onKeyDown={onKeyDown}
            onChange={(event) => setBody(event.target.value)}
            aria-invalid={problem === 'composer.empty' || problem === 'composer.tooLong' ? true : undefined}
            aria-describedby={problem ? ids.problem : undefined}
          />
        </div>
        <button type="submit" className="button button-primary composer-send" disabled={!db}>
          {t('composer.post')}
        </button>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={isPrivate} onChange={(event) => setPrivate(event.target.checked)} />
        {t('composer.private')}
      </label>
      {isPrivate && <RecipientPicker team={team} meId={me.id} directory={directory} chosen={recipients} onChange={setRecipients} />}
      {problem && (
        <p className="field-problem" id={ids.problem} role="alert">
          {t(problem, { max: postBodyMaxLength })}
        </p>
      )}
    </form>
  );
}
