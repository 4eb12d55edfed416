'use client';
/** 自分の端末: the devices this user has signed in on — rename them, sign out the ones not in hand. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { OwnDevice } from '@/lib/schemas/device';
import { BackLink } from '@/app/_components/back-link';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { ErrorAlert } from '@/app/_components/error-alert';
import { DeviceListCard } from '@/app/_components/devices/device-list-card';
import { DeviceFacts } from '@/app/_components/devices/device-facts';
import { DeviceName } from '@/app/_components/devices/device-name';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { useOnline } from '@/app/_lib/use-online';

export function MyDevicesScreen() {
  return <MyDevices />;
}

function MyDevices() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const online = useOnline();
  const devices = useQuery(trpc.devices.mine.queryOptions(undefined, { enabled: online }));
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="stack">
      <BackLink href="/">{t('nav.home')}</BackLink>
      <h1>{t('myDevices.title')}</h1>
      <p className="hint">{t('myDevices.lead')}</p>
      {!online && <p className="alert alert-warning">{t('staff.needsConnection')}</p>}
      {done && (
        <p className="alert alert-info" role="status">
          {done}
        </p>
      )}
      {devices.data && (
        <DeviceListCard headingId="my-devices-heading" count={devices.data.length}>
          {devices.data.map((device) => (
            <OwnDeviceRow key={device.id} device={device} online={online} onDone={setDone} />
          ))}
        </DeviceListCard>
      )}
      {devices.isPending && online && (
        <p className="hint" role="status">
          {t('common.loading')}
        </p>
      )}
    </div>
  );
}

function OwnDeviceRow({ device, online, onDone }: { device: OwnDevice; online: boolean; onDone: (message: string) => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.devices.mine.queryKey() });
  const rename = useMutation(trpc.devices.renameMine.mutationOptions({ onSuccess: refresh }));
  const signOut = useMutation(
    trpc.devices.signOutMine.mutationOptions({
      onSuccess: () => {
        onDone(t('myDevices.signedOut', { device: device.name }));
        refresh();
      },
    }),
  );
  const error = rename.error ?? signOut.error;
  return (
    <li className="member-row" data-disabled={device.status === 'revoked' || undefined}>
      <div className="device-details">
        <DeviceName
          name={device.name}
          suffix={device.current ? t('myDevices.current') : undefined}
          disabled={!online}
          saving={rename.isPending}
          onRename={(name) => rename.mutate({ deviceId: device.id, name })}
        />
        <DeviceFacts device={device} />
        <ErrorAlert error={error} inline />
      </div>
      {!device.current && device.activeSessions > 0 && (
        <ConfirmButton
          className="button button-small"
          label={t('myDevices.signOutNamed', { device: device.name })}
          question={[
            t('myDevices.signOutConfirm', { device: device.name }),
            device.pendingCount > 0 ? t('myDevices.signOutWaiting', { count: device.pendingCount }) : '',
          ].join(' ')}
          onConfirm={() => signOut.mutate({ deviceId: device.id })}
          disabled={!online || signOut.isPending}
        />
      )}
    </li>
  );
}
