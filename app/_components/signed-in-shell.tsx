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
import { signInUrl } from '@/app/_lib/sign-out-state';
import { useSession } from '@/app/_lib/use-session';
import { OfflineProvider } from '@/app/_lib/offline/offline-provider';
import { AppHeader } from './app-header';
import { SyncStatus } from './sync-status';
import { Splash } from './splash';

export function SignedInShell({
  children,
  allowPendingPasswordChange = false,
}: {
  children: (user: UserProfile, session: { sessionStartedAt: Date | null; confirmed: boolean }) => ReactNode;
  allowPendingPasswordChange?: boolean;
}) {
  const { t } = useI18n();
  const session = useSession();
  const router = useRouter();
  const mustChange = session.status === 'signedIn' && session.user.mustChangePassword && !allowPendingPasswordChange;

  useEffect(() => {
    if (session.status === 'signedOut') {
      router.replace(signInUrl(session.reason));
    } else if (mustChange) {
      router.replace('/password');
    }
  }, [session, mustChange, router]);

  if (session.status !== 'signedIn' || mustChange) return <Splash />;
  markOnce('signed-in');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <OfflineProvider user={session.user}>
        <AppHeader user={session.user} />
        <SyncStatus />
        <main id="main" className="page">
          {children(session.user, session)}
        </main>
      </OfflineProvider>
    </>
  );
}
