'use client';
/** A new staff account: who they are and their login ID; the server makes the temporary password. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import type { Profession } from '@/lib/domain/roles';
import { createStaffInput } from '@/lib/schemas/staff';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { ProfessionField, StaffFormAlerts } from './staff-form-parts';
import type { HandOver } from './temporary-password';

const empty = { loginId: '', displayName: '', displayNameKana: '', profession: 'nurse' as Profession };

export function CreateStaffForm({ online, onCreated }: { online: boolean; onCreated: (handOver: HandOver) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [values, setValues] = useState(empty);
  const [invalid, setInvalid] = useState<string[]>([]);
  const create = useMutation(trpc.staff.create.mutationOptions());
  const set = (name: keyof typeof values) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createStaffInput.safeParse(values);
    if (!parsed.success) return setInvalid(parsed.error.issues.map((issue) => String(issue.path[0])));
    setInvalid([]);
    create.mutate(parsed.data, {
      onSuccess: ({ temporaryPassword }) => {
        onCreated({ name: parsed.data.displayName, loginId: parsed.data.loginId, temporaryPassword });
        setValues(empty);
        void queryClient.invalidateQueries({ queryKey: trpc.staff.list.queryKey() });
      },
    });
  }

  const field = (name: 'loginId' | 'displayName' | 'displayNameKana', label: string, hint?: string) => (
    <FormField label={label} hint={hint} invalid={invalid.includes(name)} value={values[name]} onChange={set(name)} autoComplete="off" />
  );

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>{t('staff.createTitle')}</h2>
      {field('displayName', t('staff.name'))}
      {field('displayNameKana', t('staff.kana'), t('register.nameKanaHint'))}
      {field('loginId', t('staff.loginId'), t('staff.loginIdHint'))}
      <ProfessionField value={values.profession} onChange={set('profession')} />
      <StaffFormAlerts problemCount={invalid.length} error={create.error} />
      <div className="row">
        <button type="submit" className="button button-primary" disabled={!online || create.isPending}>
          {t('staff.create')}
        </button>
      </div>
    </form>
  );
}
