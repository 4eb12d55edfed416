'use client';
/** Whether a service worker controls this page, i.e. the app shell will open with no network. */
import { useEffect, useState } from 'react';

export function useOfflineReady(): boolean | null {
  const [ready, setReady] = useState<boolean | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) {
      setReady(false);
      return;
    }
    const update = () => setReady(Boolean(navigator.serviceWorker.controller));
    update();
    navigator.serviceWorker.addEventListener('controllerchange', update);
    return () => navigator.serviceWorker.removeEventListener('controllerchange', update);
  }, []);
  return ready;
}
