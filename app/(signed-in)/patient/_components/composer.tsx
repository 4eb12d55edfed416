'use client';
/**
 * Writing a post: it is saved on this device at once (offline too) and sent with the next sync;
 * its photos and files wait in the outbox and follow once the post is on the server. The draft
 * (text, category, chosen photos) survives a reload.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { PostCategory } from '@/lib/domain/categories';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { writePost } from '@/lib/offline/mutators';
import type { MemberDoc } from '@/lib/schemas/care-team';
import { postBodyMaxLength, postDoc } from '@/lib/schemas/post';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useComposerDraft } from '../_lib/use-composer-draft';
import { CategorySelect } from './category-select';
import { ComposerFiles, useDraftFiles } from './composer-files';
import { RecipientPicker } from './recipient-picker';

export function Composer({ patientId, team, onPosted }: { patientId: string; team: MemberDoc[]; onPosted: () => void }) {
  const { t } = useI18n();
  const { me, writer, sender } = useOffline();
  const ids = { category: useId(), body: useId(), problem: useId(), preparing: useId() };
  // A chosen photo takes a second or more to prepare on a tablet: Post waits for it, or it would
  // be posted without the photo (which would then belong to no post).
  const [preparing, setPreparing] = useState(0);
  // Post waits for the saved draft to be read too: posting before would leave its photos behind.
  const { draft, ready, update, reset, saveNow } = useComposerDraft(patientId);
  const files = useDraftFiles(draft.postId);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  // The region's categories (a profile cached by an older version lacks them: every category then).
  // A draft left in a category the region has since turned off posts in the region's first one.
  const enabledCategories = me.region.postCategories as readonly PostCategory[] | undefined;
  const category =
    !enabledCategories?.length || enabledCategories.includes(draft.category) ? draft.category : (enabledCategories[0] ?? draft.category);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    // A post of photos alone says so in words, for lists and notifications that show only text.
    const text = draft.body.trim() || (files.length > 0 ? t('attachment.postBody', { count: files.length }) : '');
    const parsed = postDoc.shape.body.safeParse(text);
    if (!parsed.success) return setProblem(text ? 'composer.tooLong' : 'composer.empty');
    if (draft.isPrivate && draft.recipients.length === 0) return setProblem('composer.chooseRecipients');
    if (!writer || !ready || preparing > 0) return;
    try {
      await writePost(writer, {
        id: draft.postId,
        patientId,
        category,
        body: parsed.data,
        recipientIds: draft.isPrivate ? draft.recipients : [],
      });
    } catch {
      return setProblem('composer.saveFailed');
    }
    await reset();
    setProblem(null);
    onPosted();
    if (files.length > 0 && navigator.onLine) void sender?.flush();
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) void submit();
  };
  return (
    <form id="composer" className="composer" onSubmit={submit} aria-label={t('composer.title')} noValidate>
      <div className="composer-row">
        <div className="field composer-category">
          <label htmlFor={ids.category}>{t('composer.category')}</label>
          <CategorySelect id={ids.category} value={category} onChange={(next) => update({ category: next })} enabled={enabledCategories} />
        </div>
        <div className="field composer-body">
          <label htmlFor={ids.body}>{t('composer.message')}</label>
          <textarea
            id={ids.body}
            rows={2}
            value={draft.body}
            maxLength={postBodyMaxLength}
            onKeyDown={onKeyDown}
            onChange={(event) => update({ body: event.target.value })}
            aria-invalid={problem === 'composer.empty' || problem === 'composer.tooLong' ? true : undefined}
            aria-describedby={problem ? ids.problem : undefined}
          />
        </div>
        <button
          type="submit"
          className="button button-primary composer-send"
          disabled={!writer || !ready || preparing > 0}
          aria-describedby={preparing > 0 ? ids.preparing : undefined}
        >
          {preparing > 0 ? t('composer.waitForFiles') : t('composer.post')}
        </button>
      </div>
      <ComposerFiles
        patientId={patientId}
        postId={draft.postId}
        category={category}
        files={files}
        beforeAdd={saveNow}
        preparing={preparing}
        onPreparing={(change) => setPreparing((count) => count + change)}
        statusId={ids.preparing}
      />
      <label className="checkbox">
        <input type="checkbox" checked={draft.isPrivate} onChange={(event) => update({ isPrivate: event.target.checked })} />
        {t('composer.private')}
      </label>
      {draft.isPrivate && (
        <RecipientPicker team={team} meId={me.id} chosen={draft.recipients} onChange={(recipients) => update({ recipients })} />
      )}
      {problem && (
        <p className="field-problem" id={ids.problem} role="alert">
          {t(problem, { max: postBodyMaxLength })}
        </p>
      )}
    </form>
  );
}
