'use client';
/**
 * 施設登録申請: the region administrator's applications — pending first, each with its details,
 * Approve and Reject (with a reason); decided ones below with who decided and when.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AdminPage, QueryState } from '@/app/(signed-in)/admin/_components/admin-page';
import { useI18n } from '@/app/_lib/i18n';
import type { UserProfile } from '@/app/_lib/router-types';
import { useTRPC } from '@/app/_lib/trpc';
import { ApplicationCard } from './application-card';

export function ApplicationsScreen() {
  return (
    <AdminPage role="regionAdmin" title="applications.title" notForYou="region.forRegionAdmins">
      {(user, online) => <Applications user={user} online={online} />}
    </AdminPage>
  );
}

function Applications({ user, online }: { user: UserProfile; online: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const applications = useQuery(trpc.applications.list.queryOptions(undefined, { enabled: online }));
  const settings = useQuery(trpc.region.settings.queryOptions(undefined, { enabled: online, staleTime: 60_000 }));
  const [notice, setNotice] = useState<string | null>(null);
  const pending = applications.data?.filter((application) => application.status === 'pending') ?? [];
  const decided = applications.data?.filter((application) => application.status !== 'pending') ?? [];
  const portal = settings.data?.slug ? `/join/${settings.data.slug}` : '—';
  return (
    <>
      <p className="hint">{t('applications.lead', { region: user.region.name, portal })}</p>
      {notice && (
        <p className="alert alert-info" role="status">
          {notice}
        </p>
      )}
      <QueryState query={applications} online={online} />
      {applications.data && (
        <>
          <section className="stack" aria-labelledby="pending-heading">
            <h2 id="pending-heading">{t('applications.pendingTitle', { count: pending.length })}</h2>
            {pending.length === 0 && <p className="hint">{t('applications.noPending')}</p>}
            {pending.map((application) => (
              <ApplicationCard key={application.id} application={application} online={online} onDecided={setNotice} />
            ))}
          </section>
          {decided.length > 0 && (
            <section className="stack" aria-labelledby="decided-heading">
              <h2 id="decided-heading">{t('applications.decidedTitle')}</h2>
              {decided.map((application) => (
                <ApplicationCard key={application.id} application={application} online={online} onDecided={setNotice} />
              ))}
            </section>
          )}
        </>
      )}
    </>
  );
}
