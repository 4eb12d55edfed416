'use client';
/** Applying to withdraw: a reason (required), a desired date (optional), then a confirmation dialog. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { withdrawalRequestInput } from '@/lib/schemas/region';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';

export function WithdrawalForm({ facilityName, online }: { facilityName: string; online: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [desiredDate, setDesiredDate] = useState('');
  const [problem, setProblem] = useState(false);
  const request = useMutation(
    trpc.facility.requestWithdrawal.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.facility.overview.queryKey() }),
    }),
  );
  const parsed = withdrawalRequestInput.safeParse({ reason, desiredDate: desiredDate || null });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!parsed.success) return setProblem(true);
    setProblem(false);
    dialog.current?.showModal();
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-reason`}>
          {t('withdrawal.reason')}
          <span className="required-mark"> {t('form.requiredMark')}</span>
        </label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          maxLength={1000}
          value={reason}
          required
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={problem || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
        {problem && (
          <p className="field-problem" id={`${id}-problem`}>
            {t('withdrawal.reasonRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-date`}>
          {t('withdrawal.desiredDate')}
          <span className="optional-mark"> {t('form.optionalMark')}</span>
        </label>
        <input id={`${id}-date`} type="date" value={desiredDate} onChange={(event) => setDesiredDate(event.target.value)} />
      </div>
      {request.error && (
        <p className="alert alert-error" role="alert">
          {describeError(clientErrorOf(request.error), locale)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-danger" disabled={!online || request.isPending}>
          {t('withdrawal.submit')}
        </button>
      </div>
      <dialog ref={dialog} aria-describedby={`${id}-question`}>
        <p id={`${id}-question`}>{t('withdrawal.confirm', { facility: facilityName })}</p>
        <div className="row">
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              dialog.current?.close();
              if (parsed.success) request.mutate(parsed.data);
            }}
          >
            {t('withdrawal.submit')}
          </button>
        </div>
      </dialog>
    </form>
  );
}
