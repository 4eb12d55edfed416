'use client';
/** This device: its name and approval, is it online, and will the app open here without a signal? */
import type { CurrentDevice } from '@/lib/schemas/device';
import { useI18n } from '@/app/_lib/i18n';
import { useAppPlatform } from '@/app/_lib/use-app-platform';
import { useOfflineReady } from '@/app/_lib/use-offline-ready';
import { useOnline } from '@/app/_lib/use-online';
import { formatBytes, useStorageEstimate } from '@/app/_lib/use-storage-estimate';

export function DeviceCard({ device }: { device: CurrentDevice | null }) {
  const { t, locale } = useI18n();
  const online = useOnline();
  const offlineReady = useOfflineReady();
  const storage = useStorageEstimate();
  const platform = useAppPlatform();
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
      </dl>
      {platform?.appleMobile && !platform.standalone && (
        <p className="alert alert-warning" role="note">
          {t('device.safariEviction')}
        </p>
      )}
      <p className="hint">{t('device.privacy')}</p>
    </section>
  );
}
