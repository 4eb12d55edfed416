'use client';
/** 患者タイムライン: `/patient?id=…`, read from and written to this device's database. */
import { DeskSide } from '../../_components/desk-side';
import { TwoPanes } from '../../_components/two-panes';
import { useEffect } from 'react';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { rememberLastPatient } from '@/app/_lib/last-patient';
import { useTeam } from '../_lib/use-patient';
import type { PatientDoc } from '@/lib/schemas/patient';
import { PatientGate } from './patient-gate';
import { PatientHeader } from './patient-header';
import { Timeline } from './timeline';

export function TimelineScreen() {
  const timeline = (
    <div className="timeline-page">
      <PatientGate>{(patient) => <PatientTimeline key={patient.id} patient={patient.toJSON() as PatientDoc} />}</PatientGate>
    </div>
  );
  // On a desk's wide screen the list it was opened from stays beside it.
  return <TwoPanes side={<DeskSide />} main={timeline} deferSide />;
}

function PatientTimeline({ patient }: { patient: PatientDoc }) {
  const team = useTeam(patient.id);
  const { user } = useSignedIn();
  // For the home-screen shortcut "New photo for the last patient" (app/(signed-in)/new-photo).
  useEffect(() => rememberLastPatient(user.id, patient.id), [user.id, patient.id]);
  return (
    <>
      <PatientHeader patient={patient} teamSize={team.length} />
      <Timeline patient={patient} team={team} />
    </>
  );
}
