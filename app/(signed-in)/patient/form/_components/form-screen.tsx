'use client';
/**
 * 様式: `/patient/form?id=<patient>&form=<form>`, one form full screen — its author's draft to fill
 * in, or the finalised sheet. The page is static (precached); the ids come from the query string.
 */
import { useSearchParams } from 'next/navigation';
import type { FormDoc } from '@/lib/schemas/form';
import type { PatientDoc } from '@/lib/schemas/patient';
import { BackLink } from '@/app/_components/back-link';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { PatientGate } from '@/app/(signed-in)/patient/_components/patient-gate';
import { useForm } from '@/app/(signed-in)/patient/_lib/use-forms';
import { FormEditor } from './form-editor';
import { FormView } from './form-view';

export function FormScreen() {
  return <PatientGate>{(patient) => <FormPanel key={patient.id} patient={patient} />}</PatientGate>;
}

function FormPanel({ patient }: { patient: PatientDoc }) {
  const { t } = useI18n();
  const { me } = useOffline();
  const formId = useSearchParams().get('form');
  const state = useForm(formId);
  const writable = patient.archivedAt === null;
  return (
    <div className="stack form-screen">
      <BackLink href={`/patient/forms?id=${patient.id}`}>{t('forms.backToList', { name: patient.name })}</BackLink>
      {state.status === 'loading' ? (
        <p className="hint" role="status">
          {t('common.loading')}
        </p>
      ) : state.status === 'missing' || state.form.patientId !== patient.id ? (
        <p className="alert alert-warning" role="alert">
          {t('forms.notFound')}
        </p>
      ) : state.form.status === 'draft' && state.form.authorId === me.id && writable ? (
        <FormEditor key={state.form.id} form={state.form} />
      ) : (
        <FormView form={state.form.toJSON() as FormDoc} writable={writable} />
      )}
    </div>
  );
}
