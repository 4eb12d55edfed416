'use client';
/** Owners end (archive) or resume a patient's care; the record stays, read-only, for everyone on the team. */
import { useMutation } from '@tanstack/react-query';
import type { PatientDoc } from '@/lib/schemas/patient';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { ErrorAlert } from '@/app/_components/error-alert';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useTRPC } from '@/app/_lib/trpc';
import { describeTeamError } from './team-error';

export function ArchivePatient({ patient, online }: { patient: PatientDoc; online: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const { syncNow } = useOffline();
  const archive = useMutation(trpc.patients.setArchived.mutationOptions({ onSuccess: () => void syncNow().catch(() => undefined) }));
  const archived = patient.archivedAt !== null;
  return (
    <section className="card stack" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{archived ? t('archive.restoreTitle') : t('archive.title')}</h2>
      <p className="hint">{archived ? t('archive.restoreBody') : t('archive.body')}</p>
      <ErrorAlert>{archive.error && describeTeamError(archive.error, locale)}</ErrorAlert>
      <ConfirmButton
        className={archived ? 'button' : 'button button-danger'}
        label={archived ? t('archive.restore') : t('archive.archive')}
        question={archived ? t('archive.restoreConfirm', { name: patient.name }) : t('archive.confirm', { name: patient.name })}
        disabled={!online || archive.isPending}
        onConfirm={() => archive.mutate({ patientId: patient.id, archived: !archived })}
      />
    </section>
  );
}
