'use client';
/**
 * 端末管理: the devices an administrator's staff sign in on (a region administrator: the whole
 * region's), pending ones first — approve, revoke a lost one, rename. Online only.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { DeviceStatus, ManagedDevice } from '@/lib/schemas/device';
import { formatDateTime } from '@/lib/i18n/format';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { DeviceListCard } from '@/app/_components/devices/device-list-card';
import { DeviceFacts } from '@/app/_components/devices/device-facts';
import { DeviceName } from '@/app/_components/devices/device-name';
import { ErrorAlert } from '@/app/_components/error-alert';
import { AdminPage, QueryState } from '@/app/(signed-in)/admin/_components/admin-page';
import { useI18n } from '@/app/_lib/i18n';
import type { UserProfile } from '@/app/_lib/router-types';
import { useTRPC } from '@/app/_lib/trpc';

const filters = ['all', 'pending', 'approved', 'revoked'] as const;
type Filter = (typeof filters)[number];

export function DevicesScreen() {
  return (
    <AdminPage role="administrator" title="devices.title" notForYou="staff.forAdmins">
      {(user, online) => <DevicesAdmin user={user} online={online} />}
    </AdminPage>
  );
}

function DevicesAdmin({ user, online }: { user: UserProfile; online: boolean }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [filter, setFilter] = useState<Filter>('all');
  const devices = useQuery(trpc.devices.list.queryOptions(filter === 'all' ? undefined : { status: filter }, { enabled: online }));
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <p className="hint">{t('devices.lead')}</p>
      <p className="alert alert-info">{user.region.deviceApprovalRequired ? t('devices.policyOn') : t('devices.policyOff')}</p>
      <div className="device-filter" role="group" aria-label={t('devices.filter')}>
        {filters.map((value) => (
          <button
            key={value}
            type="button"
            className="button button-small"
            aria-pressed={filter === value}
            onClick={() => setFilter(value)}
          >
            {t(`devices.filter.${value}`)}
          </button>
        ))}
      </div>
      {done && (
        <p className="alert alert-info" role="status">
          {done}
        </p>
      )}
      <QueryState query={devices} online={online} />
      {devices.data && (
        <DeviceListCard headingId="device-list-heading" count={devices.data.length}>
          {devices.data.map((device) => (
            <ManagedDeviceRow key={device.id} device={device} online={online} onDone={setDone} />
          ))}
        </DeviceListCard>
      )}
    </>
  );
}

function ManagedDeviceRow({ device, online, onDone }: { device: ManagedDevice; online: boolean; onDone: (message: string) => void }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.devices.list.queryKey() });
  const approve = useMutation(
    trpc.devices.approve.mutationOptions({
      onSuccess: () => {
        onDone(t('devices.approved', { device: device.name }));
        refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.devices.revoke.mutationOptions({
      onSuccess: ({ endedSessions }) => {
        onDone(t('devices.revoked', { device: device.name, count: endedSessions }));
        refresh();
      },
    }),
  );
  const rename = useMutation(trpc.devices.rename.mutationOptions({ onSuccess: refresh }));
  const error = approve.error ?? revoke.error ?? rename.error;
  const named = { name: device.user.displayName, device: device.name };
  const status: DeviceStatus = device.status;
  return (
    <li className="member-row" data-disabled={status === 'revoked' || undefined}>
      <div className="device-details">
        <DeviceName
          name={device.name}
          disabled={!online}
          saving={rename.isPending}
          onRename={(name) => rename.mutate({ deviceId: device.id, name })}
        />
        <div>{t('devices.owner', { name: device.user.displayName, loginId: device.user.loginId, facility: device.user.facilityName })}</div>
        <DeviceFacts device={device} />
        {device.decidedByName && device.decidedAt && (
          <div className="hint">
            {t('devices.decidedBy', { name: device.decidedByName, time: formatDateTime(device.decidedAt, locale) })}
          </div>
        )}
        <ErrorAlert error={error} inline />
      </div>
      <div className="row">
        {status !== 'approved' && (
          <button
            type="button"
            className="button button-small button-primary"
            disabled={!online || approve.isPending}
            onClick={() => approve.mutate({ deviceId: device.id })}
          >
            {t(status === 'revoked' ? 'devices.approveAgainNamed' : 'devices.approveNamed', named)}
          </button>
        )}
        {status !== 'revoked' && (
          <ConfirmButton
            className="button button-small button-danger"
            label={t('devices.revokeNamed', named)}
            question={t('devices.revokeConfirm', named)}
            onConfirm={() => revoke.mutate({ deviceId: device.id })}
            disabled={!online || revoke.isPending}
          />
        )}
      </div>
    </li>
  );
}
