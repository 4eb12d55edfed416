'use client';
/** Removes a member after asking; their devices forget the patient at their next sync. */
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
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
      {remove.error && (
        <p className="field-problem" role="alert">
          {describeTeamError(remove.error, locale)}
        </p>
      )}
      {asking && <ConfirmRemoval name={name} onClose={() => setAsking(false)} onConfirm={() => remove.mutate({ patientId, userId })} />}
    </div>
  );
}

function ConfirmRemoval({ name, onClose, onConfirm }: { name: string; onClose: () => void; onConfirm: () => void }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const questionId = useId();
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} aria-describedby={questionId} onClose={onClose}>
      <p id={questionId}>{t('team.removeConfirm', { name })}</p>
      <form method="dialog" className="row">
        <button type="submit" className="button" autoFocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            dialog.current?.close();
            onConfirm();
          }}
        >
          {t('team.remove')}
        </button>
      </form>
    </dialog>
  );
}
