'use client';
/**
 * Said instead of any screen when the browser will not open this device's data (see
 * device-generation.ts), refuses storage, or the app's code for the data did not load.
 */
import { useI18n } from '@/app/_lib/i18n';

const bodies = { needsRestart: 'device.stuckBody', unavailable: 'device.storageUnavailable', codeMissing: 'device.codeMissing' } as const;

export function StuckDatabase({ cause }: { cause: keyof typeof bodies }) {
  const { t } = useI18n();
  return (
    <main id="main" className="page stack">
      <h1>{t('device.stuckTitle')}</h1>
      <p className="alert alert-warning" role="alert">
        {t(bodies[cause])}
      </p>
      <p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('device.stuckRetry')}
        </button>
      </p>
    </main>
  );
}
