'use client';
/** Sign-in by login ID and password; tells the user plainly when and why it cannot. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { AuthFrame } from '@/app/_components/auth-frame';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField } from '@/app/_components/form-field';
import { PortalLinks } from '@/app/_components/portal-links';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { useI18n } from '@/app/_lib/i18n';
import { writeCachedProfile } from '@/app/_lib/cached-profile';
import { useOnline } from '@/app/_lib/use-online';
import { useSession } from '@/app/_lib/use-session';
import { useTRPC } from '@/app/_lib/trpc';
import { screenAfterSignIn, type SecondFactorState } from '@/app/_lib/pending-step';
import type { UserProfile } from '@/app/_lib/router-types';
import { loadDeviceCode } from '@/app/_lib/offline/device-code';
import { askForKeyAtSignIn } from '@/app/_lib/offline/early-key-release';
import { noteSignIn } from '@/app/_lib/service-worker-timing';
import { holdSignInPassword } from '@/app/_lib/offline/sign-in-secret';
import type { DemoAccount } from '@/lib/schemas/demo-account';
import { DemoAccounts } from './demo-accounts';
import { demoTotpCode } from './demo-totp-code';
import { PasskeySignIn } from './passkey-sign-in';
import { SignInNotices, useSignInNotice, useWaitingWork } from './sign-in-notices';

export function SignInScreen() {
  const { t, setLocale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const online = useOnline();
  const session = useSession();
  const [loginId, setLoginId] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useSignInNotice();
  const waiting = useWaitingWork();
  // The portal this page was opened from: a failure for an unknown login ID goes to its region's log.
  const [region, setRegion] = useState<string | undefined>(undefined);
  const errorId = useId();
  const refused = error == null ? undefined : { invalid: clientErrorOf(error).code === 'INVALID_CREDENTIALS', describedBy: errorId };

  // The author of work waiting here is the likeliest to sign in: their login ID is filled in.
  useEffect(() => {
    if (waiting.length === 1) setLoginId((current) => current || (waiting[0]?.loginId ?? ''));
  }, [waiting]);

  useEffect(() => {
    setRegion(new URLSearchParams(window.location.search).get('region')?.slice(0, 63) || undefined);
  }, []);

  useEffect(() => {
    if (session.status === 'signedIn' && session.confirmed) router.replace(screenAfterSignIn(session.user, session.secondFactor));
  }, [session, router]);

  // Password or passkey: the device keeps the profile only once no second factor is owed.
  async function signedIn({ user, secondFactor }: { user: UserProfile; secondFactor: SecondFactorState }) {
    noteSignIn();
    if (!secondFactor) {
      writeCachedProfile({ user, sessionStartedAt: new Date().toISOString() });
      // The device key is asked for, and the database's code loaded, while the first screen comes.
      askForKeyAtSignIn(user.id);
      void loadDeviceCode().catch(() => undefined);
    }
    if (user.locale) setLocale(user.locale);
    // "Who is signed in?" asked before the sign-in and still on its way would be taken as the
    // answer (a query without data joins the fetch in flight rather than starting one): it goes.
    await queryClient.cancelQueries(trpc.auth.me.queryFilter());
    await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
    router.replace(screenAfterSignIn(user, secondFactor));
  }

  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: (result, input) => {
        // Wraps a copy of the device's data key once signed in, so the password unlocks it offline.
        holdSignInPassword(input.password);
        return signedIn(result);
      },
      onError: (cause) => {
        setError(cause);
        setPassword('');
      },
    }),
  );

  const demoSignIn = useMutation(trpc.auth.signIn.mutationOptions());
  const verifyTotp = useMutation(trpc.secondFactor.verifyTotp.mutationOptions());

  // The demo's one-tap sign-in: the same sign-in as the form, then the same second step an
  // administrator passes, with the code their authenticator app would show for the demo's key.
  async function signInAs(account: DemoAccount) {
    setError(null);
    setNotice(null);
    setLoginId(account.loginId);
    noteSignIn();
    try {
      const result = await demoSignIn.mutateAsync({ loginId: account.loginId, password: account.password, region });
      holdSignInPassword(account.password);
      if (result.secondFactor === 'required' && account.totpKey) {
        await verifyTotp.mutateAsync({ code: demoTotpCode(account.totpKey) });
        await signedIn({ ...result, secondFactor: null });
      } else await signedIn(result);
    } catch (cause) {
      setError(cause);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    // Needed as soon as the sign-in is answered (the device's database is made then): loaded meanwhile.
    void loadDeviceCode().catch(() => undefined);
    // The service worker's first install waits: the first sync comes next (app/_lib/service-worker-timing.ts).
    noteSignIn();
    signIn.mutate({ loginId, password, region });
  }

  return (
    <AuthFrame>
      <div className="auth-brand">
        <img src="/icons/icon-192.png" alt="" width={56} height={56} />
        <div>
          <div className="name">{t('app.name')}</div>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <h1>{t('signIn.title')}</h1>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="hint">{t('signIn.lead')}</p>
        {!online && <p className="alert alert-warning">{t('signIn.offline')}</p>}
        <SignInNotices notice={notice} waiting={waiting} />
        <ErrorAlert error={error} id={errorId} />
        <FormField
          label={t('signIn.loginId')}
          {...refused}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          inputMode="email"
          required
          value={loginId}
          onChange={setLoginId}
        />
        <FormField
          label={t('signIn.password')}
          {...refused}
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          after={
            <label className="checkbox">
              <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
              {t('signIn.showPassword')}
            </label>
          }
        />
        <button type="submit" className="button button-primary button-block" disabled={signIn.isPending || !loginId || !password}>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
        <p className="hint">{t('signIn.forgot')}</p>
        <PortalLinks />
      </form>
      <DemoAccounts
        disabled={!online || signIn.isPending || demoSignIn.isPending || verifyTotp.isPending}
        onPick={(account) => void signInAs(account)}
      />
      <PasskeySignIn
        disabled={!online || signIn.isPending}
        onSignedIn={signedIn}
        onStart={() => {
          setError(null);
          setNotice(null);
        }}
      />
    </AuthFrame>
  );
}
