'use client';
/**
 * The patient list's kept first screen (lib/offline/screen-copies.ts, through
 * app/_lib/use-screen-copy.ts): each patient as a row shows them (name, kana, age and sex, archived
 * or not) and their activity (unread count, last post), as last shown with every count known. The
 * list paints it before the device's database has opened — the database's code (RxDB) then loads
 * after that paint — and shows it until its live patients and counts are there.
 */
import { useMemo } from 'react';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useKeepScreenCopy, useKeptScreen, type KeptScreen } from '@/app/_lib/use-screen-copy';
import type { ScreenCopies } from '@/lib/offline/screen-copies';
import type { PatientDoc } from '@/lib/schemas/patient';
import type { ActivityByPatient, PatientActivity } from './patient-activity';

/** What a row of the list shows of a patient. */
export type ListedPatient = Pick<PatientDoc, 'id' | 'name' | 'nameKana' | 'birthDate' | 'sex' | 'archivedAt'>;

export interface PatientsCopy {
  patients: ListedPatient[];
  activity: Array<[patientId: string, activity: PatientActivity]>;
}

const copyId = 'list';

export function usePatientsCopy(): KeptScreen<PatientsCopy> {
  const { patientsCopy } = useOffline();
  return useKeptScreen(patientsCopy as ScreenCopies<PatientsCopy>, copyId, 'patients-copy');
}

/** The copy of a live list whose every count is known. */
export function patientsCopyOf(patients: readonly ListedPatient[], activity: ActivityByPatient): PatientsCopy {
  return {
    patients: patients.map(({ id, name, nameKana, birthDate, sex, archivedAt }) => ({ id, name, nameKana, birthDate, sex, archivedAt })),
    activity: patients.flatMap((patient) => {
      const each = activity.get(patient.id);
      return each ? [[patient.id, { unread: each.unread, lastActivityAt: each.lastActivityAt }] as [string, PatientActivity]] : [];
    }),
  };
}

/** Keeps the live list once its counts are complete (null: nothing to keep now). */
export function useKeepPatientsCopy(live: { patients: readonly ListedPatient[]; activity: ActivityByPatient } | null): void {
  const { patientsCopy } = useOffline();
  const content = useMemo(() => (live ? () => patientsCopyOf(live.patients, live.activity) : null), [live]);
  useKeepScreenCopy(patientsCopy, copyId, content, patientIdsOf, '/patients');
}

const patientIdsOf = (copy: PatientsCopy) => copy.patients.map((patient) => patient.id);
