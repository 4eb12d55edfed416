'use client';
/** Corrects an account in place: name and kana, profession, email, administrator or not. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { updateStaffInput, type StaffMember, type UpdateStaffInput } from '@/lib/schemas/staff';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { ProfessionField, StaffFormAlerts } from './staff-form-parts';

type Values = Omit<UpdateStaffInput, 'userId'>;

export function EditStaffForm({
  member,
  self,
  online,
  onDone,
}: {
  member: StaffMember;
  self: boolean;
  online: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>({
    displayName: member.displayName,
    displayNameKana: member.displayNameKana,
    profession: member.profession,
    email: member.email ?? '',
    role: member.role === 'facilityAdmin' ? 'facilityAdmin' : 'staff',
  });
  const [invalid, setInvalid] = useState<string[]>([]);
  const update = useMutation(
    trpc.staff.update.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
        onDone();
      },
    }),
  );
  const set = (name: keyof Values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = updateStaffInput.safeParse({ userId: member.id, ...values });
    if (!parsed.success) return setInvalid(parsed.error.issues.map((issue) => String(issue.path[0])));
    setInvalid([]);
    update.mutate(parsed.data);
  }

  const text = (name: 'displayName' | 'displayNameKana' | 'email', label: string, type = 'text') => (
    <FormField label={label} invalid={invalid.includes(name)} type={type} value={values[name]} onChange={set(name)} autoComplete="off" />
  );

  return (
    <form className="stack staff-edit" onSubmit={submit} aria-label={t('staff.editTitle', { name: member.displayName })} noValidate>
      {text('displayName', t('staff.name'))}
      {text('displayNameKana', t('staff.kana'))}
      {text('email', t('staff.email'), 'email')}
      <ProfessionField value={values.profession} onChange={set('profession')} />
      {member.role !== 'regionAdmin' && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.role === 'facilityAdmin'}
            disabled={self}
            onChange={(event) => setValues((current) => ({ ...current, role: event.target.checked ? 'facilityAdmin' : 'staff' }))}
          />
          {t('staff.isFacilityAdmin')}
        </label>
      )}
      <StaffFormAlerts problemCount={invalid.length} error={update.error} />
      <div className="row">
        <button type="submit" className="button button-primary button-small" disabled={!online || update.isPending}>
          {t('staff.saveChanges')}
        </button>
        <button type="button" className="button button-small" onClick={onDone}>
          {t('device.cancel')}
        </button>
      </div>
    </form>
  );
}
