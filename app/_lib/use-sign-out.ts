'use client';
/** Signs out: ends the session on the server (or later, if offline) and wipes this device. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { wipeLocalData } from './local-data';
import { useOptionalOffline } from './offline/offline-provider';
import { markOnce } from './perf-mark';
import { clearSignOutPending, markSignOutPending, noteSignedOutHere, noteSigningOutHere, signInUrl } from './sign-out-state';
import { useTRPC } from './trpc';

export function useSignOut() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const signOut = useMutation(trpc.auth.signOut.mutationOptions());
  const signOutEverywhere = useMutation(trpc.auth.signOutEverywhere.mutationOptions());
  const [busy, setBusy] = useState(false);
  // On the second sign-in step no device session is open: the plain wipe does.
  const wipe = useOptionalOffline()?.wipe ?? wipeLocalData;

  const run = useCallback(
    async (everywhere: boolean) => {
      setBusy(true);
      markOnce('sign-out:start');
      noteSigningOutHere(true);
      markSignOutPending();
      try {
        await (everywhere ? signOutEverywhere.mutateAsync() : signOut.mutateAsync());
        clearSignOutPending();
        markOnce('sign-out:server');
      } catch {
        // Offline or the server is unreachable: the pending mark finishes it at the next contact.
      }
      try {
        await wipe();
        markOnce('sign-out:wiped');
        noteSignedOutHere();
        queryClient.clear();
        router.replace(signInUrl(null));
      } finally {
        noteSigningOutHere(false);
      }
    },
    [queryClient, router, signOut, signOutEverywhere, wipe],
  );

  return { busy, signOut: () => run(false), signOutEverywhere: () => run(true) };
}
