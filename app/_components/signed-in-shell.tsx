'use client';
/**
 * Wraps a screen that needs a signed-in user: sends others to sign-in, sends a user who must
 * replace an administrator-set password to do so first, and otherwise renders the screen.
 */
import { useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import type { UserProfile } from '@/app/_lib/router-types';
import { markOnce } from '@/app/_lib/perf-mark';
import { pendingStepOf, pendingStepPaths } from '@/app/_lib/pending-step';
import { signInUrl } from '@/app/_lib/sign-out-state';
import { useSession } from '@/app/_lib/use-session';
import type { CurrentDevice } from '@/lib/schemas/device';
import { OfflineProvider } from '@/app/_lib/offline/offline-provider';
import { AppHeader } from './app-header';
import { DeviceApprovalNotice } from './device-approval-notice';
import { SyncStatus } from './sync-status';
import { Splash } from './splash';

export function SignedInShell({
  children,
  allowPendingPasswordChange = false,
  allowPendingSecondFactorSetup = false,
}: {
  children: (user: UserProfile, session: { sessionStartedAt: Date | null; confirmed: boolean; device: CurrentDevice | null }) => ReactNode;
  allowPendingPasswordChange?: boolean;
  /** The security settings, where a user the policy covers enrols a second factor. */
  allowPendingSecondFactorSetup?: boolean;
}) {
  const { t } = useI18n();
  const session = useSession();
  const router = useRouter();
  const step = session.status === 'signedIn' ? pendingStepOf(session.user, session.secondFactor) : null;
  const allowed = (step === 'password' && allowPendingPasswordChange) || (step === 'setup' && allowPendingSecondFactorSetup);
  const redirect = step && !allowed ? pendingStepPaths[step] : null;

  useEffect(() => {
    if (session.status === 'signedOut') {
      router.replace(signInUrl(session.reason));
    } else if (redirect) {
      router.replace(redirect);
    }
  }, [session, redirect, router]);

  if (session.status !== 'signedIn' || redirect) return <Splash />;
  markOnce('signed-in');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <OfflineProvider user={session.user}>
        <AppHeader user={session.user} />
        <SyncStatus />
        <DeviceApprovalNotice device={session.device} />
        <main id="main" className="page">
          {children(session.user, session)}
        </main>
      </OfflineProvider>
    </>
  );
}
