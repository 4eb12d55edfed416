'use client';
/** 患者タイムライン: `/patient?id=…`, read from and written to this device's database. */
import { DeskSide } from '../../_components/desk-side';
import { TwoPanes } from '../../_components/two-panes';
import { useEffect } from 'react';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { DirectoryUntilLoaded } from '@/app/_lib/offline/directory';
import { rememberLastPatient } from '@/app/_lib/last-patient';
import { useTeam } from '../_lib/use-patient';
import { usePatientId } from '../_lib/use-patient-id';
import { useTimelineCopy, type TimelineCopyState } from '../_lib/use-timeline-copy';
import type { PatientDoc } from '@/lib/schemas/patient';
import { PatientGate } from './patient-gate';
import { PatientHeader } from './patient-header';
import { Timeline } from './timeline';

const nobody: never[] = [];

export function TimelineScreen() {
  // The first screen as this device last showed it paints before the database has opened.
  const copy = useTimelineCopy(usePatientId());
  const timeline = (
    <div className="timeline-page">
      <DirectoryUntilLoaded people={copy.shown?.people ?? nobody}>
        <PatientGate early={copy.shown?.patient} onMissing={copy.forget}>
          {(patient) => <PatientTimeline key={patient.id} patient={patient} copy={copy} />}
        </PatientGate>
      </DirectoryUntilLoaded>
    </div>
  );
  // On a desk's wide screen the list it was opened from stays beside it.
  return <TwoPanes side={<DeskSide />} main={timeline} deferSide />;
}

function PatientTimeline({ patient, copy }: { patient: PatientDoc; copy: TimelineCopyState }) {
  const team = useTeam(patient.id);
  const { user } = useSignedIn();
  // For the home-screen shortcut "New photo for the last patient" (app/(signed-in)/new-photo).
  useEffect(() => rememberLastPatient(user.id, patient.id), [user.id, patient.id]);
  // Until the team is read, the copy's count (a care team is never empty: its owner is on it).
  const teamSize = team.length > 0 ? team.length : (copy.shown?.teamSize ?? 0);
  return (
    <>
      <PatientHeader patient={patient} teamSize={teamSize} />
      <Timeline patient={patient} team={team} copy={copy} />
    </>
  );
}
