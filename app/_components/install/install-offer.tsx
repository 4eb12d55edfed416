'use client';
/**
 * Invites installing where it helps, on the home screen: Chromium's *Install app* button while the
 * browser offers it; on an iPad or iPhone in Safari, the illustrated guide, opened by itself once
 * after sign-in (and from the device card after); in another browser there, a line to use Safari.
 * Nothing once the app runs installed.
 */
import { useEffect, useRef } from 'react';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { useI18n } from '@/app/_lib/i18n';
import { promptInstall, useInstallOffer } from '@/app/_lib/install/install-prompt';
import { isIosSafari, markGuideShown, wasGuideShown } from '@/app/_lib/install/ios-browser';
import { useAppPlatform } from '@/app/_lib/use-app-platform';
import { IosInstallGuide } from './ios-install-guide';

export function InstallOffer() {
  const { t } = useI18n();
  const { user } = useSignedIn();
  const platform = useAppPlatform();
  const offered = useInstallOffer();
  const guideRef = useRef<HTMLDialogElement>(null);
  const iosSafari = platform?.appleMobile && !platform.standalone && isIosSafari(navigator.userAgent);

  useEffect(() => {
    if (!iosSafari || wasGuideShown(user.id)) return;
    guideRef.current?.showModal();
    markGuideShown(user.id);
  }, [iosSafari, user.id]);

  if (!platform || platform.standalone) return null;
  if (platform.appleMobile)
    return iosSafari ? (
      <IosInstallGuide dialogRef={guideRef} />
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
