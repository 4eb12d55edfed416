'use client';
/** The registration form, sent with patients.register; the new patient's timeline opens next. */
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { PatientForm } from '@/app/_components/patient-form/patient-form';
import { emptyValues } from '@/app/_components/patient-form/patient-form-values';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';

export function RegisterPatientForm() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const register = useMutation(trpc.patients.register.mutationOptions({ onSuccess: ({ id }) => router.push(`/patient?id=${id}`) }));
  return (
    <PatientForm
      initial={emptyValues}
      submitLabel={t('register.submit')}
      submittingLabel={t('register.submitting')}
      offlineNotice={t('register.needsConnection')}
      pending={register.isPending}
      error={register.error}
      onSubmit={(input) => {
        register.reset();
        register.mutate(input);
      }}
    />
  );
}
