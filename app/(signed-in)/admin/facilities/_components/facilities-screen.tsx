'use client';
/**
 * 施設一覧: the region's facilities — active, pending, withdrawn — with their staff counts, and a
 * facility's withdrawal request with the button that completes it.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { RegionFacilityView } from '@/lib/schemas/region';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { ErrorAlert } from '@/app/_components/error-alert';
import { AdminPage, QueryState } from '@/app/(signed-in)/admin/_components/admin-page';
import { useI18n } from '@/app/_lib/i18n';
import type { UserProfile } from '@/app/_lib/router-types';
import { useTRPC } from '@/app/_lib/trpc';

const statusBadge = { pending: 'badge badge-pending', active: 'badge', withdrawn: 'badge badge-failure' } as const;

export function FacilitiesScreen() {
  return (
    <AdminPage role="regionAdmin" title="facilities.title" notForYou="region.forRegionAdmins">
      {(user, online) => <Facilities user={user} online={online} />}
    </AdminPage>
  );
}

function Facilities({ user, online }: { user: UserProfile; online: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const facilities = useQuery(trpc.region.facilities.queryOptions(undefined, { enabled: online }));
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p className="hint">{t('facilities.lead', { region: user.region.name })}</p>
      {notice && (
        <p className="alert alert-info" role="status">
          {notice}
        </p>
      )}
      <QueryState query={facilities} online={online} />
      {facilities.data?.length === 0 && <p className="hint">{t('facilities.none')}</p>}
      {facilities.data && facilities.data.length > 0 && (
        <ul className="member-list card" aria-label={t('facilities.title')}>
          {facilities.data.map((facility) => (
            <FacilityRow key={facility.id} facility={facility} online={online} onCompleted={setNotice} />
          ))}
        </ul>
      )}
    </>
  );
}

function FacilityRow({
  facility: f,
  online,
  onCompleted,
}: {
  facility: RegionFacilityView;
  online: boolean;
  onCompleted: (notice: string) => void;
}) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const complete = useMutation(
    trpc.region.completeWithdrawal.mutationOptions({
      onSuccess: ({ disabledAccounts }) => {
        onCompleted(t('facilities.completed', { facility: f.name, count: disabledAccounts }));
        void queryClient.invalidateQueries({ queryKey: trpc.region.facilities.queryKey() });
      },
    }),
  );
  const request = f.pendingWithdrawal;
  return (
    <li className="member-row">
      <div className="stack" style={{ gap: 4 }}>
        <div className="member-name">
          {f.name} <span className={statusBadge[f.status]}>{t(`facilityStatus.${f.status}`)}</span>
          {request && <span className="badge badge-pending"> {t('facilities.withdrawalPending')}</span>}
        </div>
        <div className="hint">
          {t(`facilityKind.${f.kind}`)}
          {(f.prefecture ?? f.municipality) && ` · ${f.prefecture ?? ''} ${f.municipality ?? ''}`} ·{' '}
          {t('facilities.staffCounts', { active: f.activeStaff, disabled: f.disabledStaff })}
        </div>
        {f.withdrawnAt && <div className="hint">{t('facilities.withdrawnOn', { date: formatDate(f.withdrawnAt, locale) })}</div>}
        {request && (
          <div>
            <p className="hint">
              {t('withdrawal.reason')}: {request.reason}
            </p>
            <p className="hint">
              {t('facilities.withdrawalDetails', {
                name: request.requestedByName,
                at: formatDateTime(request.requestedAt, locale),
                date: request.desiredDate ?? t('join.none'),
              })}
            </p>
          </div>
        )}
        <ErrorAlert error={complete.error} inline />
      </div>
      {request && (
        <ConfirmButton
          className="button button-danger"
          label={t('facilities.completeNamed', { facility: f.name })}
          question={t('facilities.completeConfirm', { facility: f.name })}
          onConfirm={() => complete.mutate({ requestId: request.id })}
          disabled={!online || complete.isPending}
        />
      )}
    </li>
  );
}
