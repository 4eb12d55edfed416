'use client';
/**
 * The frame of every signed-in screen (app/(signed-in)/layout.tsx): sends people who are not
 * signed in to sign-in and a user who owes a step (a new password, a second factor) to it, and
 * otherwise opens the device session once for all screens — navigating between them reopens
 * nothing — with the header, the sync status and the device's approval notice around the screen.
 */
import { usePathname, useRouter } from 'next/navigation';
import { createContext, useContext, useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { dropEarlyScreen } from '@/app/_lib/early-screen/early-screen';
import { useI18n } from '@/app/_lib/i18n';
import { DeviceKeyGate } from '@/app/_lib/offline/device-key';
import { DirectoryProvider } from '@/app/_lib/offline/directory';
import { OfflineProvider } from '@/app/_lib/offline/offline-provider';
import { WaitingWorkRecorder } from '@/app/_lib/offline/use-pending-count';
import { markOnce } from '@/app/_lib/perf-mark';
import { pendingStepOf, pendingStepPaths } from '@/app/_lib/pending-step';
import type { UserProfile } from '@/app/_lib/router-types';
import { isSigningOutHere, signInUrl } from '@/app/_lib/sign-out-state';
import { useSession } from '@/app/_lib/use-session';
import type { CurrentDevice } from '@/lib/schemas/device';
import { AppHeader } from './app-header';
import { awaitsApproval, DeviceApprovalNotice } from './device-approval-notice';
import { UnreadSignals } from './notifications/unread-signals';
import { Splash } from './splash';
import { SyncStatus } from './sync-status';

export interface SignedIn {
  user: UserProfile;
  sessionStartedAt: Date | null;
  /** The server has confirmed the session in this page (else it is the profile kept on the device). */
  confirmed: boolean;
  device: CurrentDevice | null;
}

const SignedInContext = createContext<SignedIn | null>(null);

export function SignedInLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const router = useRouter();
  const pathname = usePathname();
  const step = session.status === 'signedIn' ? pendingStepOf(session.user, session.secondFactor) : null;
  // The screen of the owed step is the one screen open until it is done.
  const redirect = step && pathname !== pendingStepPaths[step] ? pendingStepPaths[step] : null;

  // The page's first script's picture (app/_lib/early-screen) is of a signed-in screen as it
  // opens: it goes at once for anything else — signed out, a step owed, another screen.
  const leaving = session.status === 'signedOut' || redirect !== null;
  const [openedAt] = useState(pathname);
  useLayoutEffect(() => {
    if (leaving || pathname !== openedAt) dropEarlyScreen();
  }, [leaving, pathname, openedAt]);

  useEffect(() => {
    // A sign-out begun on this page leaves for the sign-in screen itself, once the device is wiped.
    if (session.status === 'signedOut') {
      if (!isSigningOutHere()) router.replace(signInUrl(session.reason));
    } else if (redirect) router.replace(redirect);
  }, [session, redirect, router]);

  if (session.status !== 'signedIn' || redirect) return <Splash />;
  markOnce('signed-in');
  const { user, sessionStartedAt, confirmed, device } = session;
  return (
    <SignedInContext.Provider value={{ user, sessionStartedAt, confirmed, device }}>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <DeviceKeyGate user={user}>
        {(key) => (
          <OfflineProvider user={user} deviceKey={key}>
            <DirectoryProvider>
              <WaitingWorkRecorder />
              <UnreadSignals />
              <AppHeader user={user} />
              <SyncStatus />
              <DeviceApprovalNotice device={device} />
              <main id="main" className="page">
                {children}
              </main>
            </DirectoryProvider>
          </OfflineProvider>
        )}
      </DeviceKeyGate>
    </SignedInContext.Provider>
  );
}

/** Who is signed in, for a screen inside the signed-in layout. */
export function useSignedIn(): SignedIn {
  const value = useContext(SignedInContext);
  if (!value) throw new Error('useSignedIn outside the signed-in layout');
  return value;
}

/** This device waits for an administrator's approval: no patient data reaches it yet. */
export function useAwaitsApproval(): boolean {
  return awaitsApproval(useSignedIn().device);
}
