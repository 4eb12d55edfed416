'use client';
/**
 * Who is signed in on this device. Answers at once from the profile kept on the device (so the
 * app opens offline), then confirms with the server whenever it can be reached. A sign-out made
 * offline is finished here first.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { clientErrorOf } from './app-error-of';
import { forgetCachedProfile, readCachedProfile, writeCachedProfile, type CachedProfile } from './cached-profile';
import { wipeLocalData } from './local-data';
import type { CurrentDevice } from '@/lib/schemas/device';
import type { Me, UserProfile } from './router-types';
import { clearSignOutPending, isSignOutPending } from './sign-out-state';
import { useTRPC } from './trpc';

export type SessionState =
  | { status: 'loading' }
  | {
      status: 'signedIn';
      user: UserProfile;
      sessionStartedAt: Date | null;
      confirmed: boolean;
      device: CurrentDevice | null;
      secondFactor: Me['secondFactor'];
    }
  | { status: 'signedOut'; reason: Me['problem'] | 'offline' };

export function useSession(): SessionState {
  const trpc = useTRPC();
  const [pendingSignOut, setPendingSignOut] = useState(() => isSignOutPending());
  const [cached, setCached] = useState<CachedProfile | null>(() => (isSignOutPending() ? null : readCachedProfile()));
  const finishSignOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: () => {
        clearSignOutPending();
        setPendingSignOut(false);
      },
    }),
  );
  const me = useQuery(
    trpc.auth.me.queryOptions(undefined, { retry: false, staleTime: 30_000, networkMode: 'always', enabled: !pendingSignOut }),
  );

  useEffect(() => {
    if (pendingSignOut && finishSignOut.isIdle) finishSignOut.mutate();
  }, [pendingSignOut, finishSignOut]);

  useEffect(() => {
    if (!me.data) return;
    if (me.data.user) {
      // A session still owing its second factor is not kept for offline use.
      if (me.data.secondFactor) return;
      const profile = { user: me.data.user, sessionStartedAt: me.data.sessionStartedAt?.toISOString() ?? null, device: me.data.device };
      writeCachedProfile(profile);
      setCached(profile);
    } else if (me.data.problem === 'disabled' || me.data.problem === 'deviceRevoked') {
      // The account or this device may no longer be used: nothing of it stays here.
      void wipeLocalData();
      setCached(null);
    } else {
      // The session ended (idle, password changed elsewhere…): unsent work stays for its author to
      // sign in again; the profile that opens the app offline goes, so no one reads on meanwhile.
      forgetCachedProfile();
      setCached(null);
    }
  }, [me.data]);

  if (pendingSignOut) return { status: 'signedOut', reason: null };
  if (me.data?.user)
    return {
      status: 'signedIn',
      user: me.data.user,
      sessionStartedAt: me.data.sessionStartedAt,
      confirmed: true,
      device: me.data.device,
      secondFactor: me.data.secondFactor,
    };
  if (me.data) return { status: 'signedOut', reason: me.data.problem };
  if (cached) {
    return {
      status: 'signedIn',
      user: cached.user,
      sessionStartedAt: cached.sessionStartedAt ? new Date(cached.sessionStartedAt) : null,
      confirmed: false,
      device: cached.device ?? null,
      secondFactor: null,
    };
  }
  if (me.error) return { status: 'signedOut', reason: clientErrorOf(me.error).code === 'NETWORK' ? 'offline' : null };
  return { status: 'loading' };
}
