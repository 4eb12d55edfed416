'use client';
/**
 * Whether notifications reach this device, as the server and the browser both know it: read from
 * the device's note at once, then — online — reconciled with the server's record of the device
 * (app/_lib/notifications/reconcile-device.ts). The home screen's card shows it; the signed-in
 * layout asks too, so a subscription the server lost is mended at every app start.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isOnHere, notificationsSupported } from '@/app/_lib/notifications/device-notifications';
import { reconcileDevice, type ReconcileResult } from '@/app/_lib/notifications/reconcile-device';
import { useTRPC } from '@/app/_lib/trpc';
import { useOnline } from '@/app/_lib/use-online';

export function useNotificationsHere(userId: string) {
  const online = useOnline();
  const trpc = useTRPC();
  const mine = useQuery(trpc.notifications.mine.queryOptions(undefined, { enabled: online, retry: false }));
  const { mutateAsync: save } = useMutation(trpc.notifications.subscribe.mutationOptions());
  const [here, setHere] = useState<ReconcileResult | null>(null);

  useEffect(() => {
    // Until the server answers (or offline): the device's own note.
    const on = notificationsSupported() && isOnHere(userId) && Notification.permission === 'granted';
    setHere({ on, pushUnavailable: false });
  }, [userId]);
  useEffect(() => {
    if (!mine.data || !notificationsSupported()) return;
    let current = true;
    void reconcileDevice(userId, mine.data, save).then((result) => current && setHere(result));
    return () => {
      current = false;
    };
  }, [mine.data, userId, save]);

  return { mine, here, setHere };
}
