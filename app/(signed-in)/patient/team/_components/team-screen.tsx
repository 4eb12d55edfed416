'use client';
/** 支援チーム: who cares for this patient; owners add and remove members (online only). */
import Link from 'next/link';
import type { PatientDoc } from '@/lib/schemas/patient';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useOnline } from '@/app/_lib/use-online';
import { PatientGate } from '@/app/(signed-in)/patient/_components/patient-gate';
import { PatientSummary } from '@/app/(signed-in)/patient/_components/patient-summary';
import { useTeam } from '@/app/(signed-in)/patient/_lib/use-patient';
import { AddMember } from './add-member';
import { ArchivePatient } from './archive-patient';
import { MemberList } from './member-list';
import { BackToTimeline } from '@/app/(signed-in)/patient/_components/back-to-timeline';

export function TeamScreen() {
  return <PatientGate>{(patient) => <TeamPanel key={patient.id} patient={patient} />}</PatientGate>;
}

function TeamPanel({ patient }: { patient: PatientDoc }) {
  const { t } = useI18n();
  const { me } = useOffline();
  const online = useOnline();
  const team = useTeam(patient.id);
  const isOwner = team.some((member) => member.userId === me.id && member.role === 'owner');
  return (
    <div className="stack">
      <BackToTimeline patient={patient} />
      <div>
        <h1>{t('team.title', { name: patient.name })}</h1>
        <p className="hint">
          <span lang="ja">{patient.nameKana}</span> · <PatientSummary patient={patient} />
        </p>
      </div>
      {isOwner && !online && <p className="alert alert-warning">{t('team.needsConnection')}</p>}
      {isOwner && !patient.consentObtainedOn && <p className="alert alert-info">{t('team.consentMissing')}</p>}
      {isOwner && patient.archivedAt === null && (
        <p>
          <Link href={`/patient/edit?id=${patient.id}`} className="button">
            {t('team.editRecord')}
          </Link>
        </p>
      )}
      <MemberList patientId={patient.id} team={team} meId={me.id} canManage={isOwner && online} />
      {isOwner ? (
        <>
          {patient.archivedAt === null && <AddMember patient={patient} team={team} online={online} />}
          <ArchivePatient patient={patient} online={online} />
        </>
      ) : (
        <p className="hint">{t('team.ownersManage')}</p>
      )}
    </div>
  );
}
