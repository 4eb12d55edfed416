'use client';
/**
 * 施設情報: a facility administrator's facility — its details, and the withdrawal request
 * (利用廃止申請): apply with a reason (and a desired date), take it back while it is pending.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FacilityOverview } from '@/lib/schemas/region';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { japanDate } from '@/lib/time/japan-time';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { ErrorAlert } from '@/app/_components/error-alert';
import { AdminPage, QueryState } from '@/app/(signed-in)/admin/_components/admin-page';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { WithdrawalForm } from './withdrawal-form';

export function FacilityScreen() {
  return (
    <AdminPage role="facilityAdmin" title="facilityPage.title" notForYou="facilityPage.forFacilityAdmins">
      {(_user, online) => <Facility online={online} />}
    </AdminPage>
  );
}

function Facility({ online }: { online: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const overview = useQuery(trpc.facility.overview.queryOptions(undefined, { enabled: online }));
  return (
    <>
      <QueryState query={overview} online={online} />
      {overview.data && (
        <>
          <section className="card" aria-labelledby="facility-heading">
            <h2 id="facility-heading">{overview.data.name}</h2>
            <dl className="facts">
              <dt>{t('facilityPage.kind')}</dt>
              <dd>{t(`facilityKind.${overview.data.kind}`)}</dd>
              <dt>{t('facilityPage.status')}</dt>
              <dd>{t(`facilityStatus.${overview.data.status}`)}</dd>
              <dt>{t('facilityPage.address')}</dt>
              <dd>{[overview.data.prefecture, overview.data.municipality].filter(Boolean).join(' ') || '—'}</dd>
              <dt>{t('facilityPage.region')}</dt>
              <dd>{overview.data.regionName}</dd>
              <dt>{t('facilityPage.activeStaff')}</dt>
              <dd>{t('facilityPage.activeStaffCount', { count: overview.data.activeStaff })}</dd>
            </dl>
          </section>
          <Withdrawal overview={overview.data} online={online} />
        </>
      )}
    </>
  );
}

function Withdrawal({ overview, online }: { overview: FacilityOverview; online: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cancel = useMutation(
    trpc.facility.cancelWithdrawal.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.facility.overview.queryKey() }),
    }),
  );
  const pending = overview.withdrawals.find((request) => request.status === 'pending');
  return (
    <section className="card stack" aria-labelledby="withdrawal-heading">
      <h2 id="withdrawal-heading">{t('withdrawal.title')}</h2>
      <p className="hint">{t('withdrawal.lead')}</p>
      {overview.status === 'withdrawn' ? (
        <p className="alert alert-info">{t('withdrawal.withdrawn')}</p>
      ) : pending ? (
        <div className="stack">
          <p className="alert alert-warning" role="status">
            {t('withdrawal.pending', { at: formatDateTime(pending.requestedAt, locale) })}
          </p>
          <ConfirmButton
            className="button"
            label={t('withdrawal.cancel')}
            question={t('withdrawal.cancelConfirm')}
            onConfirm={() => cancel.mutate({ requestId: pending.id })}
            disabled={!online || cancel.isPending}
          />
          <ErrorAlert error={cancel.error} />
        </div>
      ) : (
        <WithdrawalForm facilityName={overview.name} online={online} />
      )}
      {overview.withdrawals.length > 0 && (
        <>
          <h3>{t('withdrawal.history')}</h3>
          <ul className="member-list">
            {overview.withdrawals.map((request) => (
              <li key={request.id} className="member-row">
                <div>
                  <div className="member-name">
                    {formatDateTime(request.requestedAt, locale)} <span className="badge">{t(`withdrawal.status.${request.status}`)}</span>
                  </div>
                  <div className="hint">
                    {request.reason} · {request.requestedByName}
                    {request.desiredDate && ` · ${t('withdrawal.desiredDate')} ${formatDate(japanDate(request.desiredDate), locale)}`}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
