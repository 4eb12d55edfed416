'use client';
/**
 * 職員管理: a facility administrator's staff accounts — create one (with a temporary password to
 * hand over), disable or enable, reset a forgotten password, lift a lockout. Online only: accounts
 * live on the server.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { useI18n } from '@/app/_lib/i18n';
import type { UserProfile } from '@/app/_lib/router-types';
import { useTRPC } from '@/app/_lib/trpc';
import { useOnline } from '@/app/_lib/use-online';
import { CreateStaffForm } from './create-staff-form';
import { StaffList } from './staff-list';
import { ImportStaffCard } from './import-staff-card';
import { LockoutsCard } from './lockouts-card';
import { TemporaryPasswords, type HandOver } from './temporary-password';
import { BackLink } from '@/app/_components/back-link';
import { isAdministrator } from '@/lib/domain/roles';

export function StaffScreen() {
  const { user } = useSignedIn();
  return <StaffAdmin user={user} />;
}

function StaffAdmin({ user }: { user: UserProfile }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const online = useOnline();
  const isAdmin = isAdministrator(user.role);
  const staff = useQuery(trpc.staff.list.queryOptions(undefined, { enabled: isAdmin && online }));
  const [handOvers, setHandOvers] = useState<HandOver[] | null>(null);
  const handOver = (one: HandOver) => setHandOvers([one]);
  return (
    <div className="stack">
      <BackLink href="/">{t('nav.home')}</BackLink>
      <h1>{t('staff.title', { facility: user.facility.name })}</h1>
      {!isAdmin ? (
        <p className="alert alert-info">{t('staff.forAdmins')}</p>
      ) : (
        <>
          {!online && <p className="alert alert-warning">{t('staff.needsConnection')}</p>}
          {handOvers && <TemporaryPasswords handOvers={handOvers} onDone={() => setHandOvers(null)} />}
          <LockoutsCard online={online} />
          <CreateStaffForm online={online} onCreated={handOver} />
          <ImportStaffCard online={online} onCreated={setHandOvers} />
          {staff.data && (
            <StaffList
              staff={staff.data}
              meId={user.id}
              viewerIsRegionAdmin={user.role === 'regionAdmin'}
              online={online}
              onPasswordReset={handOver}
            />
          )}
          {staff.isPending && online && (
            <p className="hint" role="status">
              {t('common.loading')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
