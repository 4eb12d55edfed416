'use client';
/** One application: what was sent, and (while pending) Approve and Reject; once decided, by whom and when. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApplicationView } from '@/lib/schemas/application';
import { formatDateTime } from '@/lib/i18n/format';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { ErrorAlert } from '@/app/_components/error-alert';
import { NameWithKana } from '@/app/_components/name-with-kana';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { RejectDialog } from './reject-dialog';

const statusBadge = { pending: 'badge badge-pending', approved: 'badge', rejected: 'badge badge-failure' } as const;

export function ApplicationCard({
  application: a,
  online,
  onDecided,
}: {
  application: ApplicationView;
  online: boolean;
  onDecided: (notice: string) => void;
}) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.applications.list.queryKey() });
  const approve = useMutation(
    trpc.applications.approve.mutationOptions({
      onSuccess: () => {
        onDecided(t('applications.approved', { facility: a.facilityName }));
        refresh();
      },
    }),
  );
  const reject = useMutation(
    trpc.applications.reject.mutationOptions({
      onSuccess: () => {
        onDecided(t('applications.rejected', { facility: a.facilityName }));
        refresh();
      },
    }),
  );
  const error = approve.error ?? reject.error;
  const headingId = `application-${a.id}`;
  return (
    <article className="card stack" aria-labelledby={headingId}>
      <div className="page-title-row">
        <h3 id={headingId}>
          <NameWithKana name={a.facilityName} kana={a.facilityNameKana} />
        </h3>
        <span className={statusBadge[a.status]}>{t(`applications.status.${a.status}`)}</span>
      </div>
      <dl className="facts">
        <dt>{t('join.field.kind')}</dt>
        <dd>{t(`facilityKind.${a.kind}`)}</dd>
        <dt>{t('facilityPage.address')}</dt>
        <dd>
          {a.prefecture} {a.municipality}
        </dd>
        <dt>{t('applications.contact')}</dt>
        <dd>
          <NameWithKana name={a.contactName} kana={a.contactNameKana} /> · {t(`profession.${a.profession}`)}
        </dd>
        <dt>{t('join.field.email')}</dt>
        <dd>{a.email}</dd>
        <dt>{t('join.field.loginId')}</dt>
        <dd>
          <code>{a.loginId}</code>
        </dd>
        <dt>{t('applications.submittedAt')}</dt>
        <dd>{formatDateTime(a.submittedAt, locale)}</dd>
        {a.decidedAt && (
          <>
            <dt>{t(`applications.status.${a.status}`)}</dt>
            <dd>{t('applications.decided', { name: a.decidedByName ?? '—', at: formatDateTime(a.decidedAt, locale) })}</dd>
          </>
        )}
        {a.rejectionReason && (
          <>
            <dt>{t('applications.reason')}</dt>
            <dd>{a.rejectionReason}</dd>
          </>
        )}
      </dl>
      <ErrorAlert error={error} />
      {a.status === 'pending' && (
        <div className="row">
          <ConfirmButton
            className="button button-primary"
            label={t('applications.approveNamed', { facility: a.facilityName })}
            question={t('applications.approveConfirm', { facility: a.facilityName, loginId: a.loginId })}
            onConfirm={() => approve.mutate({ applicationId: a.id })}
            disabled={!online || approve.isPending || reject.isPending}
          />
          <RejectDialog
            facilityName={a.facilityName}
            disabled={!online || approve.isPending || reject.isPending}
            onReject={(reason) => reject.mutate({ applicationId: a.id, reason })}
          />
        </div>
      )}
    </article>
  );
}
