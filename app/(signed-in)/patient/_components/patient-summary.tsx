'use client';
/** 「84歳・女性」: a patient's age and sex in one short phrase. */
import type { PatientDoc } from '@/lib/schemas/patient';
import { useI18n } from '@/app/_lib/i18n';
import { ageOn } from '../_lib/age';

export function PatientSummary({ patient }: { patient: Pick<PatientDoc, 'birthDate' | 'sex'> }) {
  const { t } = useI18n();
  const age = ageOn(patient.birthDate);
  return (
    <>
      {age !== null && t('patient.age', { age })} · {t(`sex.${patient.sex}`)}
    </>
  );
}
