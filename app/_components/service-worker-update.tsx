'use client';
/**
 * Registers the service worker (it precaches the app shell so the app opens offline) and offers
 * a reload when a new version is waiting, instead of swapping code under the user's hands.
 */
import { useEffect, useState } from 'react';
import { Workbox } from 'workbox-window';
import { useI18n } from '@/app/_lib/i18n';
import { whenServiceWorkerMayInstall } from '@/app/_lib/service-worker-timing';

export function ServiceWorkerUpdate() {
  const { t } = useI18n();
  const [workbox, setWorkbox] = useState<Workbox | null>(null);
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const wb = new Workbox('/sw.js', { scope: '/' });
    wb.addEventListener('waiting', () => setWaiting(true));
    wb.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    let left = false;
    // A first install waits for the sign-in and the first sync (app/_lib/service-worker-timing.ts).
    void whenServiceWorkerMayInstall().then(() => {
      if (left) return;
      wb.register().catch(() => {
        // No service worker (e.g. the development server): the app still works online.
      });
      setWorkbox(wb);
    });
    const check = () => {
      if (document.visibilityState === 'visible') void wb.update().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', check);
    return () => {
      left = true;
      document.removeEventListener('visibilitychange', check);
    };
  }, []);

  if (!waiting || !workbox) return null;
  return (
    <div className="toast" role="alert">
      <span>{t('sw.updateAvailable')}</span>
      <button type="button" className="button button-primary" onClick={() => workbox.messageSkipWaiting()}>
        {t('sw.reload')}
      </button>
    </div>
  );
}
