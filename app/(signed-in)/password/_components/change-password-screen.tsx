'use client';
/** Change my password; required before anything else when an administrator set it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField, type TextFieldProps } from '@/app/_components/form-field';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { useI18n } from '@/app/_lib/i18n';
import { rewrapDevicePassword } from '@/app/_lib/offline/device-key-ring';
import { useTRPC } from '@/app/_lib/trpc';
import { findPasswordProblems, passwordMinLength, passwordProblems } from '@/lib/schemas/password';

export function ChangePasswordScreen() {
  const { user } = useSignedIn();
  return <ChangePasswordForm userId={user.id} mustChange={user.mustChangePassword} />;
}

function ChangePasswordForm({ userId, mustChange }: { userId: string; mustChange: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [removePasskeys, setRemovePasskeys] = useState(false);
  const [done, setDone] = useState<{ removedPasskeys: number } | null>(null);
  const problems = findPasswordProblems(next);
  const mismatch = confirm.length > 0 && confirm !== next;
  const acceptable = problems.length === 0 && next === confirm;

  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async ({ removedPasskeys: removed }, input) => {
        // The device's data key: the new password unlocks it offline from now on, the old one no more.
        await rewrapDevicePassword(userId, input.currentPassword, input.newPassword);
        setDone({ removedPasskeys: removed });
        setRemovePasskeys(false);
        setCurrent('');
        setNext('');
        setConfirm('');
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        if (mustChange) router.replace('/');
      },
      onError: (cause) => setError(cause),
    }),
  );

  const password = (label: string, value: string, onChange: (value: string) => void, extra: Partial<TextFieldProps>) => (
    <FormField label={label} type="password" autoComplete="new-password" required value={value} onChange={onChange} {...extra} />
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(null);
    if (!acceptable) return;
    change.mutate({ currentPassword: current, newPassword: next, removePasskeys });
  }

  return (
    <section className="card" style={{ maxWidth: 560 }} aria-labelledby="password-heading">
      <h1 id="password-heading">{t('password.title')}</h1>
      <form className="stack" onSubmit={submit} noValidate>
        {mustChange && <p className="alert alert-warning">{t('password.mustChange')}</p>}
        {done && (
          <p className="alert alert-info" role="status">
            {t('password.changed')}
            {done.removedPasskeys > 0 && <> {t('password.passkeysRemoved', { count: done.removedPasskeys })}</>}
          </p>
        )}
        <ErrorAlert error={error} />
        {password(t('password.current'), current, setCurrent, { autoComplete: 'current-password' })}
        {password(t('password.new'), next, setNext, {
          hint: t('password.rules', { min: passwordMinLength.singleFactor }),
          invalid: next.length > 0 && problems.length > 0,
          after: (
            <ul className="rules" aria-live="polite">
              {passwordProblems
                .filter((problem) => problem !== 'tooLong' || problems.includes('tooLong'))
                .map((problem) => (
                  <li key={problem} data-met={next.length > 0 && !problems.includes(problem)}>
                    {t(`password.problem.${problem}`, { min: passwordMinLength.singleFactor })}
                  </li>
                ))}
            </ul>
          ),
        })}
        {password(t('password.confirm'), confirm, setConfirm, {
          invalid: mismatch,
          after: mismatch && (
            <p className="hint" role="alert">
              {t('password.mismatch')}
            </p>
          ),
        })}
        {!mustChange && (
          <div>
            <label className="checkbox">
              <input type="checkbox" checked={removePasskeys} onChange={(event) => setRemovePasskeys(event.target.checked)} />
              {t('password.removePasskeys')}
            </label>
            <p className="hint">{t('password.removePasskeysHint')}</p>
          </div>
        )}
        <button type="submit" className="button button-primary" disabled={change.isPending || !acceptable || !current}>
          {change.isPending ? t('password.submitting') : t('password.submit')}
        </button>
      </form>
    </section>
  );
}
