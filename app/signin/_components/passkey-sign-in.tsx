'use client';
/** "Sign in with a passkey": no login ID or password; the browser offers the passkeys it holds for this site. */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '@/app/_components/error-alert';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';
import { authenticateWithPasskey } from '@/app/_lib/passkey-ceremony';
import type { RouterOutputs } from '@/app/_lib/router-types';
import { useTRPC } from '@/app/_lib/trpc';

type SignedIn = RouterOutputs['auth']['signInWithPasskey'];

export function PasskeySignIn({
  disabled,
  onSignedIn,
  onStart,
}: {
  disabled: boolean;
  onSignedIn: (result: SignedIn) => Promise<void>;
  onStart: () => void;
}) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const [message, setMessage] = useState<string | null>(null);
  const options = useMutation(trpc.auth.passkeySignInOptions.mutationOptions());
  const signIn = useMutation(trpc.auth.signInWithPasskey.mutationOptions());
  const busy = options.isPending || signIn.isPending;

  async function start() {
    onStart();
    setMessage(null);
    try {
      const { challengeId, options: optionsJSON } = await options.mutateAsync();
      const ceremony = await authenticateWithPasskey(optionsJSON);
      if (!ceremony.ok) {
        setMessage(t(ceremony.reason === 'cancelled' ? 'signIn.passkeyCancelled' : 'signIn.passkeyUnsupported'));
        return;
      }
      await onSignedIn(await signIn.mutateAsync({ challengeId, response: ceremony.response }));
    } catch (cause) {
      setMessage(describeError(clientErrorOf(cause), locale));
    }
  }

  return (
    <div className="stack">
      <p className="hint" style={{ textAlign: 'center' }}>
        {t('signIn.or')}
      </p>
      <ErrorAlert>{message}</ErrorAlert>
      <button type="button" className="button button-block" onClick={() => void start()} disabled={disabled || busy}>
        {busy ? t('signIn.passkeyWaiting') : t('signIn.withPasskey')}
      </button>
    </div>
  );
}
