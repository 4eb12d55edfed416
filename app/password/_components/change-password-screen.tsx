'use client';
/** Change my password; required before anything else when an administrator set it. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { SignedInShell } from '@/app/_components/signed-in-shell';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { findPasswordProblems, passwordMinLength, passwordProblems } from '@/lib/schemas/password';

export function ChangePasswordScreen() {
  return <SignedInShell allowPendingPasswordChange>{(user) => <ChangePasswordForm mustChange={user.mustChangePassword} />}</SignedInShell>;
}

function ChangePasswordForm({ mustChange }: { mustChange: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const problems = findPasswordProblems(next);
  const mismatch = confirm.length > 0 && confirm !== next;

  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: async () => {
        setDone(true);
        setCurrent('');
        setNext('');
        setConfirm('');
        await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
        if (mustChange) router.replace('/');
      },
      onError: (cause) => setError(cause),
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setDone(false);
    if (problems.length > 0 || next !== confirm) return;
    change.mutate({ currentPassword: current, newPassword: next });
  }

  return (
    <section className="card" style={{ maxWidth: 560 }} aria-labelledby="password-heading">
      <h1 id="password-heading">{t('password.title')}</h1>
      <form className="stack" onSubmit={submit} noValidate>
        {mustChange && <p className="alert alert-warning">{t('password.mustChange')}</p>}
        {done && (
          <p className="alert alert-info" role="status">
            {t('password.changed')}
          </p>
        )}
        <ErrorAlert error={error} />
        <FormField
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={setCurrent}
        />
        <FormField
          label={t('password.new')}
          hint={t('password.rules', { min: passwordMinLength.singleFactor })}
          invalid={next.length > 0 && problems.length > 0}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onChange={setNext}
          after={
            <ul className="rules" aria-live="polite">
              {passwordProblems
                .filter((problem) => problem !== 'tooLong' || problems.includes('tooLong'))
                .map((problem) => (
                  <li key={problem} data-met={next.length > 0 && !problems.includes(problem)}>
                    {t(`password.problem.${problem}`, { min: passwordMinLength.singleFactor })}
                  </li>
                ))}
            </ul>
          }
        />
        <FormField
          label={t('password.confirm')}
          invalid={mismatch}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={setConfirm}
          after={
            mismatch && (
              <p className="hint" role="alert">
                {t('password.mismatch')}
              </p>
            )
          }
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={change.isPending || problems.length > 0 || next !== confirm || !current}
        >
          {change.isPending ? t('password.submitting') : t('password.submit')}
        </button>
      </form>
    </section>
  );
}
