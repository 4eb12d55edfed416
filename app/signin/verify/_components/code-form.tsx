'use client';
/** One code to type: six digits from the app, or a recovery code. */
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';

export function CodeForm({ kind, lead, onPassed }: { kind: 'app' | 'recovery'; lead: string; onPassed: () => Promise<void> }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [code, setCode] = useState('');
  const [error, setError] = useState<unknown>(null);
  const ids = { lead: useId(), error: useId() };
  const callbacks = {
    onSuccess: onPassed,
    onError: (cause: unknown) => {
      setError(cause);
      setCode('');
    },
  };
  const verifyTotp = useMutation(trpc.secondFactor.verifyTotp.mutationOptions(callbacks));
  const verifyRecovery = useMutation(trpc.secondFactor.verifyRecoveryCode.mutationOptions(callbacks));
  const pending = verifyTotp.isPending || verifyRecovery.isPending;
  const ready = kind === 'app' ? /^\d{6}$/.test(code.replace(/\s/g, '')) : code.trim().length >= 10;

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (kind === 'app') verifyTotp.mutate({ code });
    else verifyRecovery.mutate({ code });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p className="hint" id={ids.lead}>
        {lead}
      </p>
      <ErrorAlert error={error} id={ids.error} />
      <FormField
        label={kind === 'app' ? t('verify.code') : t('verify.recoveryCode')}
        invalid={error != null}
        describedBy={error == null ? ids.lead : `${ids.lead} ${ids.error}`}
        name={kind === 'app' ? 'one-time-code' : 'recovery-code'}
        autoComplete={kind === 'app' ? 'one-time-code' : 'off'}
        inputMode={kind === 'app' ? 'numeric' : 'text'}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        autoFocus
        required
        value={code}
        onChange={setCode}
      />
      <button type="submit" className="button button-primary button-block" disabled={pending || !ready}>
        {pending ? t('verify.submitting') : t('verify.submit')}
      </button>
    </form>
  );
}
