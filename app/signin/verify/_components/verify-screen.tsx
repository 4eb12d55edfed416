'use client';
/**
 * The second step of signing in: a code from the authenticator app, a passkey, or a recovery code.
 * A static page (it opens from the precache like the others); who is signing in comes from auth.me.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { AuthFrame } from '@/app/_components/auth-frame';
import { Splash } from '@/app/_components/splash';
import { ErrorAlert } from '@/app/_components/error-alert';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';
import { authenticateWithPasskey } from '@/app/_lib/passkey-ceremony';
import { screenAfterSignIn } from '@/app/_lib/pending-step';
import { signInUrl } from '@/app/_lib/sign-out-state';
import { useTRPC } from '@/app/_lib/trpc';
import { useSession } from '@/app/_lib/use-session';
import { useSignOut } from '@/app/_lib/use-sign-out';
import { CodeForm } from './code-form';

export function VerifyScreen() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const session = useSession();
  const { busy: signingOut, signOut } = useSignOut();
  const [mode, setMode] = useState<'app' | 'recovery'>('app');
  const [message, setMessage] = useState<string | null>(null);
  const owed = session.status === 'signedIn' && session.confirmed && session.secondFactor === 'required';
  const status = useQuery(trpc.secondFactor.status.queryOptions(undefined, { enabled: owed }));
  const passkeyOptions = useMutation(trpc.secondFactor.passkeyOptions.mutationOptions());
  const verifyPasskey = useMutation(trpc.secondFactor.verifyPasskey.mutationOptions());

  useEffect(() => {
    if (session.status === 'signedOut') router.replace(signInUrl(session.reason));
    else if (session.status === 'signedIn' && session.confirmed && session.secondFactor !== 'required')
      router.replace(screenAfterSignIn(session.user, session.secondFactor));
  }, [session, router]);

  async function passed() {
    await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
  }

  async function verifyWithPasskey() {
    setMessage(null);
    try {
      const { challengeId, options } = await passkeyOptions.mutateAsync();
      const ceremony = await authenticateWithPasskey(options);
      if (!ceremony.ok) return setMessage(t(ceremony.reason === 'cancelled' ? 'signIn.passkeyCancelled' : 'signIn.passkeyUnsupported'));
      await verifyPasskey.mutateAsync({ challengeId, response: ceremony.response });
      await passed();
    } catch (cause) {
      setMessage(describeError(clientErrorOf(cause), locale));
    }
  }

  if (!owed || !status.data) return <Splash />;
  const { totp, passkeys } = status.data;
  const showApp = mode === 'app' && totp !== null;
  return (
    <AuthFrame cardClassName="card auth-card stack">
      <h1>{t('verify.title')}</h1>
      <p className="hint">{t('verify.lead')}</p>
      <ErrorAlert>{message}</ErrorAlert>
      {showApp ? (
        <CodeForm key="app" kind="app" lead={t('verify.codeLead')} onPassed={passed} />
      ) : (
        <CodeForm key="recovery" kind="recovery" lead={t('verify.recoveryLead')} onPassed={passed} />
      )}
      {passkeys.length > 0 && (
        <button
          type="button"
          className="button button-block"
          onClick={() => void verifyWithPasskey()}
          disabled={passkeyOptions.isPending || verifyPasskey.isPending}
        >
          {t('verify.usePasskey')}
        </button>
      )}
      {totp !== null && (
        <button type="button" className="button button-block" onClick={() => setMode(showApp ? 'recovery' : 'app')}>
          {showApp ? t('verify.useRecoveryCode') : t('verify.useApp')}
        </button>
      )}
      <p className="hint">{t('verify.lostEverything')}</p>
      <button type="button" className="button button-block" onClick={() => void signOut()} disabled={signingOut}>
        {t('verify.cancel')}
      </button>
    </AuthFrame>
  );
}
