'use client';
/** Renders a patient's screen once the record is on this device; says plainly when it is not. */
import Link from 'next/link';
import { useEffect, useMemo, type ReactNode } from 'react';
import type { PatientDoc } from '@/lib/schemas/patient';
import { FirstScreenShown } from '@/app/_lib/first-screen';
import { useI18n } from '@/app/_lib/i18n';
import { markOnce } from '@/app/_lib/perf-mark';
import { usePatient } from '../_lib/use-patient';
import { usePatientId } from '../_lib/use-patient-id';

interface GateProps {
  children: (patient: PatientDoc) => ReactNode;
  /**
   * The record as this device last showed it (the timeline's kept copy), rendered until the
   * database answers; `onMissing` is told when the database says the patient is not here.
   */
  early?: PatientDoc | null;
  onMissing?: (patientId: string) => void;
}

export function PatientGate({ children, early, onMissing }: GateProps) {
  const patientId = usePatientId();
  if (!patientId) return <PatientProblem message="patient.invalidLink" />;
  return (
    <KnownPatient patientId={patientId} early={early?.id === patientId ? early : null} onMissing={onMissing}>
      {children}
    </KnownPatient>
  );
}

function KnownPatient({ patientId, children, early, onMissing }: GateProps & { patientId: string }) {
  const { t } = useI18n();
  const state = usePatient(patientId);
  const found = state.status === 'found' ? state.patient : null;
  const patient = useMemo(() => (found ? (found.toJSON() as PatientDoc) : null), [found]);
  const missing = state.status === 'missing';
  useEffect(() => {
    if (missing) onMissing?.(patientId);
  }, [missing, onMissing, patientId]);
  if (patient) markOnce('patient-found');
  if (patient) return children(patient);
  if (missing) return <PatientProblem message="patient.notOnDevice" />;
  if (early) return children(early);
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
      <FirstScreenShown />
      <p>
        <Link href="/patients" className="button">
          {t('nav.backToPatients')}
        </Link>
      </p>
    </div>
  );
}
