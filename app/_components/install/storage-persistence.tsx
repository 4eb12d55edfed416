'use client';
/**
 * Once the app runs installed, asks the browser again to keep its data (browsers grant persistent
 * storage to installed apps that they refused to a tab), and offers the request as a button while
 * it is still refused. On an iPad or iPhone in Safari, the way to install it.
 */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { isIosSafari } from '@/app/_lib/install/ios-browser';
import type { AppPlatform } from '@/app/_lib/use-app-platform';
import { requestPersistentStorage } from '@/lib/offline/database';
import { IosInstallGuide } from './ios-install-guide';

export function StoragePersistence({ platform, persisted }: { platform: AppPlatform | null; persisted: boolean | null }) {
  const { t } = useI18n();
  const [granted, setGranted] = useState<boolean | null>(null);
  const guideRef = useRef<HTMLDialogElement>(null);
  const standalone = platform?.standalone === true;

  useEffect(() => {
    if (standalone && persisted === false) void requestPersistentStorage().then(setGranted);
  }, [standalone, persisted]);

  const showAsk = standalone && persisted === false && granted !== true;
  const iosSafari = platform?.appleMobile && !standalone && isIosSafari(navigator.userAgent);
  return (
    <>
      {granted === true && <p role="status">{t('device.persisted')}</p>}
      {showAsk && (
        <button type="button" className="button" onClick={() => void requestPersistentStorage().then(setGranted)}>
          {t('install.askPersistence')}
        </button>
      )}
      {iosSafari && (
        <>
          <button type="button" className="button" onClick={() => guideRef.current?.showModal()}>
            {t('install.showGuide')}
          </button>
          <IosInstallGuide dialogRef={guideRef} />
        </>
      )}
    </>
  );
}
