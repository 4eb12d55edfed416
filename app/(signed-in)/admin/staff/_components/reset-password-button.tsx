'use client';
/**
 * Reset a staff member's password: asks first, in a dialog, and offers (ticked) to remove their
 * passkeys too — a passkey signs in without the password, so one someone else added would survive
 * a new password.
 */
import { useId, useRef, useState } from 'react';
import { useI18n } from '@/app/_lib/i18n';

interface Props {
  name: string;
  disabled: boolean;
  onConfirm: (options: { removePasskeys: boolean }) => void;
}

export function ResetPasswordButton({ name, disabled, onConfirm }: Props) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  const [removePasskeys, setRemovePasskeys] = useState(true);
  const label = t('staff.resetPasswordNamed', { name });
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={disabled}
        onClick={() => {
          setRemovePasskeys(true);
          dialog.current?.showModal();
        }}
      >
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={questionId}>
        <div className="stack">
          <p id={questionId}>{t('staff.resetPasswordConfirm', { name })}</p>
          <label className="checkbox">
            <input type="checkbox" checked={removePasskeys} onChange={(event) => setRemovePasskeys(event.target.checked)} />
            {t('staff.resetRemovePasskeys')}
          </label>
          <div className="row">
            <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                dialog.current?.close();
                onConfirm({ removePasskeys });
              }}
            >
              {label}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
