'use client';
/** Rejecting needs a reason (it goes to the applicant): asked for in a dialog, required. */
import { useId, useRef, useState, type FormEvent } from 'react';
import { rejectApplicationInput } from '@/lib/schemas/application';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';

export function RejectDialog({
  facilityName,
  disabled,
  onReject,
}: {
  facilityName: string;
  disabled: boolean;
  onReject: (reason: string) => void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = rejectApplicationInput.shape.reason.safeParse(reason);
    if (!parsed.success) return setProblem(true);
    dialog.current?.close();
    setReason('');
    setProblem(false);
    onReject(parsed.data);
  }

  return (
    <>
      <button type="button" className="button button-danger" disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {t('applications.rejectNamed', { facility: facilityName })}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`}>
        <form className="stack" onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>{t('applications.rejectTitle', { facility: facilityName })}</h2>
          <FormField
            label={t('applications.reason')}
            mark="required"
            hint={t('applications.rejectReasonHint')}
            problem={problem ? { key: 'applications.rejectReasonRequired' } : null}
            announce
            rows={4}
            maxLength={1000}
            required
            value={reason}
            onChange={setReason}
          />
          <div className="row">
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="button button-danger">
              {t('applications.rejectNamed', { facility: facilityName })}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
