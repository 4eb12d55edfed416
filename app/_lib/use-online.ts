'use client';
/**
 * Whether the app is online: the browser believes so, and the server answered the app's last
 * request (app/_lib/server-reach.ts). Screens never wait on it, they only show it.
 */
import { useSyncExternalStore } from 'react';
import { serverUnreached, subscribeServerReach } from './server-reach';

function subscribeBrowser(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser believes it is online. */
function useBrowserOnline(): boolean {
  return useSyncExternalStore(
    subscribeBrowser,
    () => navigator.onLine,
    () => true,
  );
}

/** Whether the app's last request went unanswered, whatever the browser believes. */
function useLastRequestUnanswered(): boolean {
  return useSyncExternalStore(subscribeServerReach, serverUnreached, () => false);
}

/** The browser says online, yet the server did not answer the app's last request. */
export function useServerUnreached(): boolean {
  const unreached = useLastRequestUnanswered();
  return useBrowserOnline() && unreached;
}

export function useOnline(): boolean {
  const unreached = useLastRequestUnanswered();
  return useBrowserOnline() && !unreached;
}
