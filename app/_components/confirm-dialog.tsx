'use client';
/** Asks before something that cannot be undone: the question, Cancel (focused first), and the action. */
import { useId, type RefObject } from 'react';
import { useI18n } from '@/app/_lib/i18n';

interface Props {
  /** The dialog, for its opener to `showModal()`. */
  dialogRef: RefObject<HTMLDialogElement | null>;
  question: string;
  /** The confirming button's label: the action, named again. */
  action: string;
  danger?: boolean;
  onConfirm: () => void;
  onClose?: () => void;
}

export function ConfirmDialog({ dialogRef, question, action, danger = false, onConfirm, onClose }: Props) {
  const { t } = useI18n();
  const questionId = useId();
  return (
    <dialog ref={dialogRef} aria-describedby={questionId} onClose={onClose}>
      <p id={questionId}>{question}</p>
      <div className="row">
        <button type="button" className="button" autoFocus onClick={() => dialogRef.current?.close()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={danger ? 'button button-danger' : 'button button-primary'}
          onClick={() => {
            dialogRef.current?.close();
            onConfirm();
          }}
        >
          {action}
        </button>
      </div>
    </dialog>
  );
}
