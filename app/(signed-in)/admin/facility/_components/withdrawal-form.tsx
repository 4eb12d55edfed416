'use client';
/** Applying to withdraw: a reason (required), a desired date (optional), then a confirmation dialog. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { withdrawalRequestInput } from '@/lib/schemas/region';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';

export function WithdrawalForm({ facilityName, online }: { facilityName: string; online: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
      <FormField
        label={t('withdrawal.reason')}
        mark="required"
        problem={problem ? { key: 'withdrawal.reasonRequired' } : null}
        rows={3}
        maxLength={1000}
        required
        value={reason}
        onChange={setReason}
      />
      <FormField label={t('withdrawal.desiredDate')} mark="optional" type="date" value={desiredDate} onChange={setDesiredDate} />
      <ErrorAlert error={request.error} />
      <div className="row">
        <button type="submit" className="button button-danger" disabled={!online || request.isPending}>
          {t('withdrawal.submit')}
        </button>
      </div>
      <ConfirmDialog
        dialogRef={dialog}
        question={t('withdrawal.confirm', { facility: facilityName })}
        action={t('withdrawal.submit')}
        danger
        onConfirm={() => {
          if (parsed.success) request.mutate(parsed.data);
        }}
      />
    </form>
  );
}
