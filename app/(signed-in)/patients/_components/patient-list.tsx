'use client';
/** A list of patients, each row a link named exactly by the patient's name; the rest describes it. */
import Link from 'next/link';
import { useId } from 'react';
import { formatDateTime } from '@/lib/i18n/format';
import { useFirstScreenContent } from '@/app/_lib/first-screen';
import { useI18n } from '@/app/_lib/i18n';
import { PatientSummary } from '@/app/(signed-in)/patient/_components/patient-summary';
import type { ActivityByPatient } from '../_lib/use-patient-activity';
import type { ListedPatient } from '../_lib/use-patients-copy';

export function PatientList({
  patients,
  activity,
  label,
}: {
  patients: ListedPatient[];
  activity: ActivityByPatient | undefined;
  label: string;
}) {
  useFirstScreenContent();
  return (
    <ul className="patient-list" aria-label={label}>
      {patients.map((patient) => (
        <PatientRow
          key={patient.id}
          patient={patient}
          unread={activity?.get(patient.id)?.unread ?? 0}
          lastActivityAt={activity?.get(patient.id)?.lastActivityAt ?? null}
        />
      ))}
    </ul>
  );
}

function PatientRow({ patient, unread, lastActivityAt }: { patient: ListedPatient; unread: number; lastActivityAt: number | null }) {
  const { t, locale } = useI18n();
  const summaryId = useId();
  const activityId = useId();
  return (
    <li className="patient-row">
      <div className="patient-row-main">
        <Link href={`/patient?id=${patient.id}`} className="patient-link" aria-describedby={`${summaryId} ${activityId}`}>
          {patient.name}
        </Link>
        <p className="hint" id={summaryId}>
          <span lang="ja">{patient.nameKana}</span> · <PatientSummary patient={patient} />
        </p>
      </div>
      <div className="patient-row-side" id={activityId}>
        {unread > 0 ? (
          <span className="badge badge-unread">{t('patients.unread', { count: unread })}</span>
        ) : (
          <span className="hint">{t('patients.allRead')}</span>
        )}
        <span className="hint">
          {lastActivityAt ? t('patients.lastActivity', { time: formatDateTime(lastActivityAt, locale) }) : t('patients.noPosts')}
        </span>
      </div>
    </li>
  );
}
