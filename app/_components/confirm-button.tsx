'use client';
/** A button that asks before doing something that cannot be undone, in an accessible dialog. */
import { useRef } from 'react';
import { ConfirmDialog } from './confirm-dialog';

export function ConfirmButton(props: { label: string; question: string; onConfirm: () => void; className?: string; disabled?: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={props.className} disabled={props.disabled} onClick={() => dialog.current?.showModal()}>
        {props.label}
      </button>
      <ConfirmDialog dialogRef={dialog} question={props.question} action={props.label} onConfirm={props.onConfirm} />
    </>
  );
}
