'use client';
/** Said instead of any screen when the browser will not open this device's data (see device-generation.ts), or refuses storage. */
import { useI18n } from '@/app/_lib/i18n';

export function StuckDatabase({ cause }: { cause: 'needsRestart' | 'unavailable' }) {
  const { t } = useI18n();
  return (
    <main id="main" className="page stack">
      <h1>{t('device.stuckTitle')}</h1>
      <p className="alert alert-warning" role="alert">
        {cause === 'needsRestart' ? t('device.stuckBody') : t('device.storageUnavailable')}
      </p>
      <p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('device.stuckRetry')}
        </button>
      </p>
    </main>
  );
}
