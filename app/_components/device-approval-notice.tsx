'use client';
/**
 * Says so while this device waits for an administrator's approval (no patient data reaches it
 * until then), asks the server every 15 seconds, and syncs at once when approval comes.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { CurrentDevice } from '@/lib/schemas/device';
import { useI18n } from '@/app/_lib/i18n';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { useTRPC } from '@/app/_lib/trpc';

const recheckMs = 15_000;

/** Whether this device waits for an administrator's approval (no patient data reaches it yet). */
export function awaitsApproval(device: CurrentDevice | null): device is CurrentDevice {
  return device !== null && !device.receivesPatientData;
}

export function DeviceApprovalNotice({ device }: { device: CurrentDevice | null }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { syncNow } = useOffline();
  const waiting = awaitsApproval(device);
  useQuery(trpc.auth.me.queryOptions(undefined, { retry: false, networkMode: 'always', refetchInterval: waiting ? recheckMs : false }));

  const wasWaiting = useRef(waiting);
  useEffect(() => {
    if (wasWaiting.current && !waiting) {
      void queryClient.invalidateQueries(trpc.patients.directory.queryFilter());
      void syncNow().catch(() => undefined);
    }
    wasWaiting.current = waiting;
  }, [waiting, syncNow, queryClient, trpc]);

  if (!waiting) return null;
  return (
    <section className="alert alert-warning page-notice" role="status" aria-labelledby="device-pending-heading">
      <h2 id="device-pending-heading">{t('device.pendingTitle')}</h2>
      <p>{t('device.pendingBody')}</p>
      <p className="hint">{device.name}</p>
    </section>
  );
}
