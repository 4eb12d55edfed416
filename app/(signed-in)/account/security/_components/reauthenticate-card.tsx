'use client';
/**
 * Confirm it is you: before sign-in factors may change, the password, a code from the app or a
 * passkey, once every few minutes (server/services/second-factors/reauthentication.ts).
 */
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';
import { authenticateWithPasskey } from '@/app/_lib/passkey-ceremony';
import { useTRPC } from '@/app/_lib/trpc';

interface Props {
  hasTotp: boolean;
  hasPasskey: boolean;
  windowMinutes: number;
  onConfirmed: () => Promise<void>;
}

export function ReauthenticateCard({ hasTotp, hasPasskey, windowMinutes, onConfirmed }: Props) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const headingId = useId();
  const [withCode, setWithCode] = useState(false);
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const reauthenticate = useMutation(trpc.secondFactor.reauthenticate.mutationOptions());
  const passkeyOptions = useMutation(trpc.secondFactor.passkeyOptions.mutationOptions());
  const busy = reauthenticate.isPending || passkeyOptions.isPending;

  async function confirm(proof: Parameters<typeof reauthenticate.mutateAsync>[0]) {
    setMessage(null);
    try {
      await reauthenticate.mutateAsync(proof);
      await onConfirmed();
    } catch (cause) {
      setMessage(describeError(clientErrorOf(cause), locale));
    } finally {
      setValue('');
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void confirm(withCode ? { code: value } : { password: value });
  }

  async function withPasskey() {
    setMessage(null);
    try {
      const { challengeId, options } = await passkeyOptions.mutateAsync();
      const ceremony = await authenticateWithPasskey(options);
      if (!ceremony.ok) return setMessage(t(ceremony.reason === 'cancelled' ? 'security.passkeys.cancelled' : 'signIn.passkeyUnsupported'));
      await confirm({ passkey: { challengeId, response: ceremony.response } });
    } catch (cause) {
      setMessage(describeError(clientErrorOf(cause), locale));
    }
  }

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('security.reauth.title')}</h2>
      <p className="hint">{t('security.reauth.lead', { minutes: windowMinutes })}</p>
      <ErrorAlert>{message}</ErrorAlert>
      <form className="stack" onSubmit={submit} noValidate>
        <FormField
          label={withCode ? t('security.reauth.code') : t('security.reauth.password')}
          type={withCode ? 'text' : 'password'}
          autoComplete={withCode ? 'one-time-code' : 'current-password'}
          inputMode={withCode ? 'numeric' : 'text'}
          value={value}
          onChange={setValue}
        />
        <div className="row">
          <button type="submit" className="button button-primary" disabled={busy || !value}>
            {t('security.reauth.confirm')}
          </button>
          {hasTotp && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setWithCode(!withCode);
                setValue('');
              }}
            >
              {withCode ? t('security.reauth.usePassword') : t('security.reauth.useCode')}
            </button>
          )}
          {hasPasskey && (
            <button type="button" className="button" disabled={busy} onClick={() => void withPasskey()}>
              {t('security.reauth.usePasskey')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
