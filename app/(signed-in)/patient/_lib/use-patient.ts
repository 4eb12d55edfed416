'use client';
/** One patient and their care team, live from this device's database. */
import { useMemo } from 'react';
import type { RxDocument } from 'rxdb';
import type { MemberDoc } from '@/lib/schemas/care-team';
import type { PatientDoc } from '@/lib/schemas/patient';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useRx } from '@/app/_lib/offline/use-rx';

export type PatientState =
  /** Still opening the database, or the record may yet arrive with the first sync. */
  { status: 'loading' } | { status: 'missing' } | { status: 'found'; patient: RxDocument<PatientDoc> };

export function usePatient(patientId: string): PatientState {
  const { db, lastSyncedAt } = useOffline();
  const patient = useRx(() => (db ? db.patients.findOne(patientId).$ : null), [db, patientId]);
  if (patient && patient.id === patientId) return { status: 'found', patient };
  if (patient === null && lastSyncedAt) return { status: 'missing' };
  return { status: 'loading' };
}

export function useTeam(patientId: string): MemberDoc[] {
  const { db } = useOffline();
  const members = useRx(() => (db ? db.members.find({ selector: { patientId } }).$ : null), [db, patientId]);
  return useMemo(
    () => (members ?? []).filter((member) => member.patientId === patientId).map((member) => member.toJSON() as MemberDoc),
    [members, patientId],
  );
}
