'use client';
/** Editing a patient's record (owners, online): new address or key person, consent obtained later. */
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { PatientDoc } from '@/lib/schemas/patient';
import { PatientForm } from '@/app/_components/patient-form/patient-form';
import { valuesOf } from '@/app/_components/patient-form/patient-form-values';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useTRPC } from '@/app/_lib/trpc';
import { PatientGate } from '@/app/(signed-in)/patient/_components/patient-gate';
import { useTeam } from '@/app/(signed-in)/patient/_lib/use-patient';
import { BackLink } from '@/app/_components/back-link';

export function EditPatientScreen() {
  return <PatientGate>{(patient) => <EditPatient key={patient.id} patient={patient} />}</PatientGate>;
}

function EditPatient({ patient }: { patient: PatientDoc }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const { me, syncNow } = useOffline();
  const team = useTeam(patient.id);
  const isOwner = team.some((member) => member.userId === me.id && member.role === 'owner');
  const teamPage = `/patient/team?id=${patient.id}`;
  const update = useMutation(
    trpc.patients.update.mutationOptions({
      onSuccess: () => {
        // The record comes back to this device with the next pull; ask for it now.
        void syncNow().catch(() => undefined);
        router.push(teamPage);
      },
    }),
  );
  return (
    <div className="stack">
      <BackLink href={teamPage}>{t('patientForm.backToTeam', { name: patient.name })}</BackLink>
      <h1>{t('patientForm.editTitle', { name: patient.name })}</h1>
      {patient.archivedAt !== null ? (
        <p className="alert alert-info">{t('timeline.archived')}</p>
      ) : !isOwner ? (
        <p className="alert alert-info">{t('patientForm.ownersOnly')}</p>
      ) : (
        <PatientForm
          initial={valuesOf(patient)}
          consentRecorded={patient.consentObtainedOn !== null}
          submitLabel={t('patientForm.save')}
          submittingLabel={t('patientForm.saving')}
          offlineNotice={t('patientForm.needsConnection')}
          pending={update.isPending}
          error={update.error}
          onSubmit={(input) => {
            update.reset();
            update.mutate({ ...input, patientId: patient.id });
          }}
        />
      )}
    </div>
  );
}
