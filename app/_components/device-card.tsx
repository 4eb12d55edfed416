'use client';
/** This device: is it online, and will the app open here without a signal? */
import { useI18n } from '@/app/_lib/i18n';
import { useOfflineReady } from '@/app/_lib/use-offline-ready';
import { useOnline } from '@/app/_lib/use-online';

export function DeviceCard() {
  const { t } = useI18n();
  const online = useOnline();
  const offlineReady = useOfflineReady();
  return (
    <section className="card" aria-labelledby="device-heading">
      <h2 id="device-heading">{t('device.title')}</h2>
      <dl className="facts">
        <dt>{t('device.connection')}</dt>
        <dd>{online ? t('device.online') : t('common.offline')}</dd>
        <dt>{t('device.offlineUse')}</dt>
        <dd>{offlineReady === null ? t('common.loading') : offlineReady ? t('device.offlineReady') : t('device.offlineNotReady')}</dd>
      </dl>
      <p className="hint">{t('device.privacy')}</p>
    </section>
  );
}
