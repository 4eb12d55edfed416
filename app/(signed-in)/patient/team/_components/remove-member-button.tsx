'use client';
/** Removes a member after asking; their devices forget the patient at their next sync. */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { ErrorAlert } from '@/app/_components/error-alert';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useTRPC } from '@/app/_lib/trpc';
import { describeTeamError } from './team-error';

export function RemoveMemberButton({ patientId, userId, name }: { patientId: string; userId: string; name: string }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { syncNow } = useOffline();
  const [asking, setAsking] = useState(false);
  const remove = useMutation(trpc.patients.removeMember.mutationOptions({ onSuccess: () => void syncNow().catch(() => undefined) }));
  return (
    <div className="member-actions">
      <button
        type="button"
        className="button button-small button-danger"
        aria-label={t('team.removeNamed', { name })}
        disabled={remove.isPending}
        onClick={() => setAsking(true)}
      >
        {t('team.remove')}
      </button>
      <ErrorAlert inline>{remove.error && describeTeamError(remove.error, locale)}</ErrorAlert>
      {asking && <ConfirmRemoval name={name} onClose={() => setAsking(false)} onConfirm={() => remove.mutate({ patientId, userId })} />}
    </div>
  );
}

function ConfirmRemoval({ name, onClose, onConfirm }: { name: string; onClose: () => void; onConfirm: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <ConfirmDialog
      dialogRef={dialog}
      question={t('team.removeConfirm', { name })}
      action={t('team.remove')}
      danger
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
