'use client';
/** The timeline's heading: who the patient is, the facts a visitor needs, and the ways to the vitals, forms, photos and team. */
import Link from 'next/link';
import { formatDate } from '@/lib/i18n/format';
import type { PatientDoc } from '@/lib/schemas/patient';
import { japanDate } from '@/lib/time/japan-time';
import { useI18n } from '@/app/_lib/i18n';
import { isPhoto, usePatientAttachments } from '../_lib/use-attachments';
import { currentVersions, usePatientForms } from '../_lib/use-forms';
import { FhirExportLink } from './fhir-export-link';
import { PatientSummary } from './patient-summary';
import { BackLink } from '@/app/_components/back-link';

/** A calendar date (YYYY-MM-DD) as the locale writes it. */
export function useFormatDay(): (day: string) => string {
  const { locale } = useI18n();
  return (day) => formatDate(japanDate(day, '12:00:00'), locale);
}

export function PatientHeader({ patient, teamSize }: { patient: PatientDoc; teamSize: number }) {
  const { t } = useI18n();
  const formatDay = useFormatDay();
  const keyPerson = [patient.keyPersonName, patient.keyPersonRelation, patient.keyPersonPhone].filter(Boolean).join(' · ');
  return (
    <header className="patient-header">
      <BackLink href="/patients">{t('nav.backToPatients')}</BackLink>
      <div className="patient-title-row">
        <div>
          <h1>{patient.name}</h1>
          <p className="hint">
            <span lang="ja">{patient.nameKana}</span> · <PatientSummary patient={patient} /> ·{' '}
            {t('patient.born', { date: formatDay(patient.birthDate) })}
            {patient.archivedAt !== null && <span className="badge badge-archived">{t('patient.archivedBadge')}</span>}
          </p>
        </div>
        <div className="row">
          <Link href={`/patient/vitals?id=${patient.id}`} className="button">
            {t('vitals.link')}
          </Link>
          <FormsLink patientId={patient.id} />
          <PhotosLink patientId={patient.id} />
          <Link href={`/patient/team?id=${patient.id}`} className="button">
            {t('patient.team', { count: teamSize })}
          </Link>
        </div>
      </div>
      {patient.notes && <p className="patient-notes">{patient.notes}</p>}
      <details className="patient-facts">
        <summary>{t('patient.details')}</summary>
        <dl className="facts">
          <dt>{t('register.address')}</dt>
          <dd>{patient.address || '—'}</dd>
          <dt>{t('register.phone')}</dt>
          <dd>{patient.phone || '—'}</dd>
          <dt>{t('patient.keyPerson')}</dt>
          <dd>{keyPerson || '—'}</dd>
          <dt>{t('register.consent')}</dt>
          <dd>{patient.consentObtainedOn ? formatDay(patient.consentObtainedOn) : t('patient.consentMissing')}</dd>
        </dl>
        <FhirExportLink patient={patient} />
      </details>
    </header>
  );
}

function FormsLink({ patientId }: { patientId: string }) {
  const { t } = useI18n();
  const forms = usePatientForms(patientId);
  const count = forms === undefined ? undefined : currentVersions(forms).length;
  return (
    <Link href={`/patient/forms?id=${patientId}`} className="button">
      {count ? t('forms.linkCount', { count }) : t('forms.link')}
    </Link>
  );
}

function PhotosLink({ patientId }: { patientId: string }) {
  const { t } = useI18n();
  const attachments = usePatientAttachments(patientId);
  const count = attachments?.filter(isPhoto).length;
  return (
    <Link href={`/patient/gallery?id=${patientId}`} className="button">
      {count === undefined ? t('photos.link') : t('photos.linkCount', { count })}
    </Link>
  );
}
