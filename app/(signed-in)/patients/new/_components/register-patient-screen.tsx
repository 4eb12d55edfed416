'use client';
/** 患者登録: registering a patient happens on the server (it creates the team), so it needs a connection. */
import { useI18n } from '@/app/_lib/i18n';
import { RegisterPatientForm } from './register-patient-form';
import { BackLink } from '@/app/_components/back-link';

export function RegisterPatientScreen() {
  const { t } = useI18n();
  return (
    <div className="stack">
      <BackLink href="/patients">{t('nav.backToPatients')}</BackLink>
      <h1>{t('register.title')}</h1>
      <p className="hint">{t('register.lead')}</p>
      <RegisterPatientForm />
    </div>
  );
}
