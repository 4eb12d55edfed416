'use client';
/**
 * Invites installing where it helps, on the home screen: Chromium's *Install app* button while the
 * browser offers it; on an iPad or iPhone in Safari, the illustrated guide, shown once after
 * sign-in (inline, so nothing is blocked; the device card opens it again); in another browser
 * there, a line to use Safari.
 * Nothing once the app runs installed.
 */
import { useEffect, useId, useState } from 'react';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { useI18n } from '@/app/_lib/i18n';
import { promptInstall, useInstallOffer } from '@/app/_lib/install/install-prompt';
import { isIosSafari, markGuideShown, wasGuideShown } from '@/app/_lib/install/ios-browser';
import { useAppPlatform } from '@/app/_lib/use-app-platform';
import { IosInstallSteps } from './ios-install-guide';

export function InstallOffer() {
  const { t } = useI18n();
  const { user } = useSignedIn();
  const platform = useAppPlatform();
  const offered = useInstallOffer();
  const titleId = useId();
  const [guide, setGuide] = useState(false);
  const iosSafari = platform?.appleMobile && !platform.standalone && isIosSafari(navigator.userAgent);

  useEffect(() => {
    if (!iosSafari || wasGuideShown(user.id)) return;
    setGuide(true);
    markGuideShown(user.id);
  }, [iosSafari, user.id]);

  if (!platform || platform.standalone) return null;
  if (platform.appleMobile)
    return iosSafari ? (
      guide && (
        <section className="card ios-guide" aria-labelledby={titleId}>
          <IosInstallSteps titleId={titleId} />
          <button type="button" className="button" onClick={() => setGuide(false)}>
            {t('install.dismiss')}
          </button>
        </section>
      )
    ) : (
      <p className="alert alert-warning" role="note">
        {t('install.iosOtherBrowser')}
      </p>
    );
  if (!offered) return null;
  return (
    <button type="button" className="button button-primary" onClick={() => void promptInstall()}>
      {t('install.button')}
    </button>
  );
}
