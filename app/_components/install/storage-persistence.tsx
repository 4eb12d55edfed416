'use client';
/**
 * Once the app runs installed, asks the browser again to keep its data (browsers grant persistent
 * storage to installed apps that they refused to a tab), and offers the request as a button while
 * it is still refused; a grant is reported to the device card, whose row then says so. On an iPad
 * or iPhone in Safari, the way to install it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { isIosSafari } from '@/app/_lib/install/ios-browser';
import type { AppPlatform } from '@/app/_lib/use-app-platform';
import { requestPersistentStorage } from '@/lib/offline/browser-storage';
import { IosInstallGuide } from './ios-install-guide';

export function StoragePersistence({
  platform,
  persisted,
  onAnswer,
}: {
  platform: AppPlatform | null;
  persisted: boolean | null;
  onAnswer: (persisted: boolean) => void;
}) {
  const { t } = useI18n();
  const guideRef = useRef<HTMLDialogElement>(null);
  const standalone = platform?.standalone === true;
  const [asked, setAsked] = useState(false);
  const ask = useCallback(() => {
    setAsked(true);
    void requestPersistentStorage().then((granted) => granted && onAnswer(true));
  }, [onAnswer]);

  useEffect(() => {
    if (standalone && persisted === false && !asked) ask();
  }, [standalone, persisted, asked, ask]);

  const showAsk = standalone && persisted === false;
  const iosSafari = platform?.appleMobile && !standalone && isIosSafari(navigator.userAgent);
  return (
    <>
      {showAsk && (
        <button type="button" className="button" onClick={ask}>
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
