'use client';
/** The facility's accounts, each with what an administrator can do to it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { StaffMember } from '@/lib/schemas/staff';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { NameWithKana } from '@/app/_components/name-with-kana';
import { ErrorAlert } from '@/app/_components/error-alert';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { EditStaffForm } from './edit-staff-form';
import { ResetPasswordButton } from './reset-password-button';
import type { HandOver } from './temporary-password';

interface Props {
  staff: StaffMember[];
  meId: string;
  /** A region administrator's account is managed only by a region administrator (server/policy/staff-admin). */
  viewerIsRegionAdmin: boolean;
  online: boolean;
  onPasswordReset: (handOver: HandOver) => void;
}

export function StaffList({ staff, meId, viewerIsRegionAdmin, online, onPasswordReset }: Props) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="staff-list-heading">
      <h2 id="staff-list-heading">{t('staff.listTitle', { count: staff.length })}</h2>
      <ul className="member-list" aria-label={t('staff.listTitle', { count: staff.length })}>
        {staff.map((member) => (
          <StaffRow
            key={member.id}
            member={member}
            self={member.id === meId}
            manageable={viewerIsRegionAdmin || member.role !== 'regionAdmin'}
            online={online}
            onPasswordReset={onPasswordReset}
          />
        ))}
      </ul>
    </section>
  );
}

function StaffRow({
  member,
  self,
  manageable,
  online,
  onPasswordReset,
}: {
  member: StaffMember;
  self: boolean;
  manageable: boolean;
  online: boolean;
  onPasswordReset: Props['onPasswordReset'];
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
  const setDisabled = useMutation(trpc.staff.setDisabled.mutationOptions({ onSuccess: refresh }));
  const reset = useMutation(
    trpc.staff.resetPassword.mutationOptions({
      onSuccess: ({ temporaryPassword, removedPasskeys }) => {
        onPasswordReset({ name: member.displayName, loginId: member.loginId, temporaryPassword, removedPasskeys });
        refresh();
      },
    }),
  );
  const unlock = useMutation(trpc.staff.unlock.mutationOptions());
  const resetSecondFactors = useMutation(trpc.staff.resetSecondFactors.mutationOptions());
  const error = setDisabled.error ?? reset.error ?? unlock.error ?? resetSecondFactors.error;
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li className="member-row">
        <EditStaffForm member={member} self={self} online={online} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="member-row" data-disabled={member.disabled || undefined}>
      <div>
        <div className="member-name">
          <NameWithKana name={member.displayName} kana={member.displayNameKana} />
        </div>
        <div className="hint">
          {member.loginId} · {t(`profession.${member.profession}`)} · {t(`role.${member.role}`)}
        </div>
        <div>
          {member.disabled ? (
            <span className="badge badge-failure">{t('staff.disabled')}</span>
          ) : (
            <span className="badge">{t('staff.active')}</span>
          )}
          {member.mustChangePassword && !member.disabled && <span className="badge badge-pending"> {t('staff.mustChangePassword')}</span>}
        </div>
        {unlock.isSuccess && (
          <p className="hint" role="status">
            {t('staff.unlocked', { name: member.displayName })}
          </p>
        )}
        {resetSecondFactors.isSuccess && (
          <p className="hint" role="status">
            {t('staff.secondFactorsReset', { name: member.displayName })}
          </p>
        )}
        <ErrorAlert error={error} inline />
      </div>
      {manageable && (
        <button type="button" className="button button-small" disabled={!online} onClick={() => setEditing(true)}>
          {t('staff.editNamed', { name: member.displayName })}
        </button>
      )}
      {!self && manageable && (
        <div className="row">
          <ResetPasswordButton
            name={member.displayName}
            disabled={!online}
            onConfirm={({ removePasskeys }) => reset.mutate({ userId: member.id, removePasskeys })}
          />
          <button type="button" className="button button-small" disabled={!online} onClick={() => unlock.mutate({ userId: member.id })}>
            {t('staff.unlockNamed', { name: member.displayName })}
          </button>
          <ConfirmButton
            className="button button-small"
            label={t('staff.resetSecondFactorsNamed', { name: member.displayName })}
            question={t('staff.resetSecondFactorsConfirm', { name: member.displayName })}
            onConfirm={() => resetSecondFactors.mutate({ userId: member.id })}
            disabled={!online}
          />
          {member.disabled ? (
            <button
              type="button"
              className="button button-small"
              disabled={!online}
              onClick={() => setDisabled.mutate({ userId: member.id, disabled: false })}
            >
              {t('staff.enableNamed', { name: member.displayName })}
            </button>
          ) : (
            <ConfirmButton
              className="button button-small button-danger"
              label={t('staff.disableNamed', { name: member.displayName })}
              question={t('staff.disableConfirm', { name: member.displayName })}
              onConfirm={() => setDisabled.mutate({ userId: member.id, disabled: true })}
              disabled={!online}
            />
          )}
        </div>
      )}
    </li>
  );
}
