'use client';
/** A button that asks before doing something that cannot be undone, in an accessible dialog. */
import { useId, useRef } from 'react';
import { useI18n } from '@/app/_lib/i18n';

export function ConfirmButton(props: { label: string; question: string; onConfirm: () => void; className?: string; disabled?: boolean }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  return (
    <>
      <button type="button" className={props.className} disabled={props.disabled} onClick={() => dialog.current?.showModal()}>
        {props.label}
      </button>
      <dialog ref={dialog} aria-describedby={questionId}>
        <p id={questionId}>{props.question}</p>
        <form method="dialog" className="row">
          <button type="submit" className="button" autoFocus>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              dialog.current?.close();
              props.onConfirm();
            }}
          >
            {props.label}
          </button>
        </form>
      </dialog>
    </>
  );
}
