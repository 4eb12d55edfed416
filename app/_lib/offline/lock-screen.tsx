'use client';
/**
 * What a locked device shows instead of every screen: whose data it holds, why it locked, the
 * password to unlock it — and when the password cannot, a way to sign in again online that keeps
 * the unsent work. Signing out from here deletes what waits unsent, so it asks first.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { AuthFrame } from '@/app/_components/auth-frame';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { forgetCachedProfile } from '@/app/_lib/cached-profile';
import type { UserProfile } from '@/app/_lib/router-types';
import { signInUrl } from '@/app/_lib/sign-out-state';
import { useTRPC } from '@/app/_lib/trpc';
import { useOnline } from '@/app/_lib/use-online';
import { useSignOut } from '@/app/_lib/use-sign-out';
import { defaultLimits, limitsOf } from '@/lib/offline/encryption/key-ring';
import { readKeyRing } from '@/lib/offline/encryption/key-store';
import { readWaitingWork } from '@/lib/offline/waiting-work';
import type { LockReason, UnlockOutcome } from './device-key';

interface Props {
  user: UserProfile;
  reason: LockReason;
  passwordUnlocks: boolean;
  onUnlock: (password: string) => Promise<UnlockOutcome>;
}

export function LockScreen({ user, reason, passwordUnlocks, onUnlock }: Props) {
  const { t } = useI18n();
  const online = useOnline();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<UnlockOutcome | null>(null);
  const [confirmSignOut, setConfirmSignOut] = useState(false);
  const { busy: signingOut, signOut } = useSignOut();
  const waiting = readWaitingWork().find((entry) => entry.userId === user.id)?.count ?? 0;
  const ring = readKeyRing(user.id);
  const minutes = (ring ? limitsOf(ring) : defaultLimits).lockAfterMinutes;
  // Without the password's copy the password is checked online; offline only a later sign-in helps.
  const signInNeeded = (!passwordUnlocks && !online) || outcome?.signInNeeded === true;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!password || busy) return;
    setBusy(true);
    try {
      const result = await onUnlock(password);
      setOutcome(result);
      if (!result.ok) setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthFrame>
      <h1>{t('lock.title')}</h1>
      <div className="stack">
        <p>{t('lock.who', { name: user.displayName })}</p>
        <p className="hint">{t(`lock.reason.${reason}`, { minutes })}</p>
        {waiting > 0 && <p className="alert alert-info">{t('lock.waiting', { count: waiting })}</p>}
        {!passwordUnlocks && (
          <p className="alert alert-warning" role="alert">
            {online ? t('lock.checkedOnline') : t('lock.signInNeeded')}
          </p>
        )}
        {signInNeeded ? (
          <SignInAgain online={online} />
        ) : (
          <form className="stack" onSubmit={submit} noValidate aria-label={t('lock.title')}>
            {outcome && !outcome.ok && (
              <p className="alert alert-error" role="alert">
                {outcome.triesLeft === undefined ? t('lock.wrongOnline') : t('lock.wrong', { count: outcome.triesLeft })}
              </p>
            )}
            <FormField
              label={t('lock.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={setPassword}
            />
            <button type="submit" className="button button-primary button-block" disabled={busy || !password}>
              {busy ? t('lock.unlocking') : t('lock.unlock')}
            </button>
          </form>
        )}
        {!passwordUnlocks && online && <SignInAgain online={online} />}
        <p className="hint">{t('lock.syncPaused')}</p>
        {confirmSignOut ? (
          <div className="stack" role="group" aria-label={t('lock.signOut')}>
            <p className="alert alert-warning">{t('lock.signOutDiscards', { count: waiting })}</p>
            <div className="row">
              <button type="button" className="button" onClick={() => setConfirmSignOut(false)}>
                {t('lock.back')}
              </button>
              <button type="button" className="button button-danger" disabled={signingOut} onClick={() => void signOut()}>
                {t('lock.signOutConfirm')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            className="button button-block"
            disabled={signingOut}
            onClick={() => (waiting > 0 ? setConfirmSignOut(true) : void signOut())}
          >
            {t('lock.signOut')}
          </button>
        )}
      </div>
    </AuthFrame>
  );
}

/** Ends the session on the server but keeps the device's data: the next full sign-in opens it and sends what waits. */
function SignInAgain({ online }: { online: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        forgetCachedProfile();
        queryClient.clear();
        router.replace(signInUrl(null));
      },
    }),
  );
  return (
    <div className="stack">
      {!online && <p className="hint">{t('lock.offlineSignIn')}</p>}
      <button
        type="button"
        className="button button-primary button-block"
        disabled={!online || signOut.isPending}
        onClick={() => signOut.mutate()}
      >
        {t('lock.signInAgain')}
      </button>
    </div>
  );
}
