'use client';
/** Retracting my own post (取り消し): it stays on the timeline, struck through, with who, when and why. */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { retractPost } from '@/lib/offline/mutators';
import { postDoc } from '@/lib/schemas/post';
import { useI18n } from '@/app/_lib/i18n';
import { FormField } from '@/app/_components/form-field';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import type { Post } from '../_lib/use-timeline';

const reasonSchema = postDoc.shape.retractReason.unwrap().trim().min(1);

export function RetractButton({ post }: { post: Post }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-small button-danger" onClick={() => setOpen(true)}>
        {t('post.retract')}
      </button>
      {/* Only the open dialog is in the page: a long timeline would otherwise carry one per post. */}
      {open && <RetractDialog post={post} onClose={() => setOpen(false)} />}
    </>
  );
}

function RetractDialog({ post, onClose }: { post: Post; onClose: () => void }) {
  const { t } = useI18n();
  const { writer } = useOffline();
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = { title: useId() };
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<'post.retractReasonRequired' | 'composer.saveFailed' | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function retract(event: FormEvent) {
    event.preventDefault();
    const parsed = reasonSchema.safeParse(reason);
    if (!parsed.success) return setProblem('post.retractReasonRequired');
    if (!writer) return;
    try {
      await retractPost(writer, post.id, parsed.data);
    } catch {
      return setProblem('composer.saveFailed');
    }
    dialog.current?.close();
  }

  return (
    <dialog ref={dialog} aria-labelledby={ids.title} onClose={onClose}>
      <form className="stack" onSubmit={retract} noValidate>
        <h2 id={ids.title}>{t('post.retractTitle')}</h2>
        <p className="hint">{t('post.retractExplain')}</p>
        <FormField
          label={t('post.retractReasonLabel')}
          rows={3}
          maxLength={500}
          value={reason}
          onChange={setReason}
          problem={problem && { key: problem }}
          announce
        />
        <div className="row">
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-danger">
            {t('post.retractConfirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
