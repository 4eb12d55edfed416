'use client';
/** Renders a patient's screen once the record is on this device; says plainly when it is not. */
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { RxDocument } from 'rxdb';
import type { PatientDoc } from '@/lib/schemas/patient';
import { useI18n } from '@/app/_lib/i18n';
import { markOnce } from '@/app/_lib/perf-mark';
import { usePatient } from '../_lib/use-patient';
import { usePatientId } from '../_lib/use-patient-id';

export function PatientGate({ children }: { children: (patient: RxDocument<PatientDoc>) => ReactNode }) {
  const patientId = usePatientId();
  if (!patientId) return <PatientProblem message="patient.invalidLink" />;
  return <KnownPatient patientId={patientId}>{children}</KnownPatient>;
}

function KnownPatient({ patientId, children }: { patientId: string; children: (patient: RxDocument<PatientDoc>) => ReactNode }) {
  const { t } = useI18n();
  const state = usePatient(patientId);
  if (state.status === 'found') markOnce('patient-found');
  if (state.status === 'found') return children(state.patient);
  if (state.status === 'missing') return <PatientProblem message="patient.notOnDevice" />;
  return (
    <p className="hint" role="status">
      {t('common.loading')}
    </p>
  );
}

function PatientProblem({ message }: { message: 'patient.invalidLink' | 'patient.notOnDevice' }) {
  const { t } = useI18n();
  return (
    <div className="stack">
      <p className="alert alert-warning" role="alert">
        {t(message)}
      </p>
      <p>
        <Link href="/patients" className="button">
          {t('nav.backToPatients')}
        </Link>
      </p>
    </div>
  );
}
