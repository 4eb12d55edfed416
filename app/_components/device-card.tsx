'use client';
/** This device: its name and approval, is it online, and will the app open here without a signal? */
import type { CurrentDevice } from '@/lib/schemas/device';
import { formatDateTime } from '@/lib/i18n/format';
import { limitsOf } from '@/lib/offline/encryption/key-ring';
import { readKeyRing } from '@/lib/offline/encryption/key-store';
import { useI18n } from '@/app/_lib/i18n';
import { useDeviceKey } from '@/app/_lib/offline/device-key';
import { useOptionalOffline } from '@/app/_lib/offline/offline-provider';
import { useAppPlatform } from '@/app/_lib/use-app-platform';
import { useOfflineReady } from '@/app/_lib/use-offline-ready';
import { useOnline } from '@/app/_lib/use-online';
import { formatBytes, useStorageEstimate } from '@/app/_lib/use-storage-estimate';
import { StoragePersistence } from './install/storage-persistence';

export function DeviceCard({ device }: { device: CurrentDevice | null }) {
  const { t, locale } = useI18n();
  const online = useOnline();
  const offlineReady = useOfflineReady();
  const storage = useStorageEstimate();
  const platform = useAppPlatform();
  const deviceKey = useDeviceKey();
  const userId = useOptionalOffline()?.me.id ?? null;
  const ring = userId ? readKeyRing(userId) : null;
  const offlineUntil = ring?.byPassword ? ring.lastServerContactAt + limitsOf(ring).offlineLimitHours * 3_600_000 : null;
  return (
    <section className="card" aria-labelledby="device-heading">
      <h2 id="device-heading">{t('device.title')}</h2>
      <dl className="facts">
        {device && (
          <>
            <dt>{t('device.nameLabel')}</dt>
            <dd>
              {device.name}{' '}
              <span className={device.status === 'approved' ? 'badge' : 'badge badge-pending'}>{t(`device.status.${device.status}`)}</span>
            </dd>
          </>
        )}
        <dt>{t('device.connection')}</dt>
        <dd>{online ? t('device.online') : t('common.offline')}</dd>
        {platform && (
          <>
            <dt>{t('device.runsAs')}</dt>
            <dd>{platform.standalone ? t('device.installed') : t('device.inBrowser')}</dd>
          </>
        )}
        <dt>{t('device.offlineUse')}</dt>
        <dd>{offlineReady === null ? t('common.loading') : offlineReady ? t('device.offlineReady') : t('device.offlineNotReady')}</dd>
        {storage.usage !== null && (
          <>
            <dt>{t('device.storage')}</dt>
            <dd>
              {storage.quota
                ? t('device.storageOf', { used: formatBytes(storage.usage, locale), quota: formatBytes(storage.quota, locale) })
                : formatBytes(storage.usage, locale)}
            </dd>
          </>
        )}
        {storage.persisted !== null && (
          <>
            <dt>{t('device.persistence')}</dt>
            <dd>{storage.persisted ? t('device.persisted') : t('device.notPersisted')}</dd>
          </>
        )}
        {deviceKey && (
          <>
            <dt>{t('device.encryption')}</dt>
            <dd>
              {t('device.encrypted')}
              <br />
              {t('device.locksAfter', { minutes: deviceKey.limits.lockAfterMinutes })}
              {offlineUntil !== null && (
                <>
                  <br />
                  {t('device.offlineUntil', { until: formatDateTime(offlineUntil, locale) })}
                </>
              )}
            </dd>
          </>
        )}
      </dl>
      {deviceKey && (
        <button type="button" className="button" onClick={() => deviceKey.lock('manual')}>
          {t('device.lockNow')}
        </button>
      )}
      <StoragePersistence platform={platform} persisted={storage.persisted} onAnswer={storage.markPersisted} />
      {platform?.appleMobile && !platform.standalone && (
        <p className="alert alert-warning" role="note">
          {t('device.safariEviction')}
        </p>
      )}
      <p className="hint">{t('device.privacy')}</p>
    </section>
  );
}
