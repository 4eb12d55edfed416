'use client';
/** The illustrated steps to add Renraku to the Home Screen on an iPad or iPhone (Safari). */
import { useI18n } from '@/app/_lib/i18n';
import { useId, type RefObject } from 'react';

function ShareIcon({ label }: { label: string }) {
  return (
    <svg className="ios-guide-icon" viewBox="0 0 24 24" role="img" aria-label={label}>
      <path d="M12 3v12M7.5 7.5 12 3l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      <path d="M8 10H6v10h12V10h-2" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
    </svg>
  );
}

function AddIcon({ label }: { label: string }) {
  return (
    <svg className="ios-guide-icon" viewBox="0 0 24 24" role="img" aria-label={label}>
      <rect x="4" y="4" width="16" height="16" rx="4" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M12 8v8M8 12h8" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  );
}

/** The steps, with their pictures: inline on the home screen once, in a dialog from the device card. */
export function IosInstallSteps({ titleId }: { titleId: string }) {
  const { t } = useI18n();
  return (
    <>
      <h2 id={titleId}>{t('install.iosTitle')}</h2>
      <p>{t('install.iosWhy')}</p>
      <ol className="ios-guide-steps">
        <li>
          <ShareIcon label={t('install.shareIcon')} />
          <span>{t('install.iosStep1')}</span>
        </li>
        <li>
          <AddIcon label={t('install.addIcon')} />
          <span>{t('install.iosStep2')}</span>
        </li>
        <li>
          <img src="/icons/icon-192.png" alt="" className="ios-guide-icon" />
          <span>{t('install.iosStep3')}</span>
        </li>
      </ol>
    </>
  );
}

export function IosInstallGuide({ dialogRef }: { dialogRef: RefObject<HTMLDialogElement | null> }) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <dialog ref={dialogRef} className="ios-guide" aria-labelledby={titleId}>
      <IosInstallSteps titleId={titleId} />
      <button type="button" className="button button-primary" autoFocus onClick={() => dialogRef.current?.close()}>
        {t('install.dismiss')}
      </button>
    </dialog>
  );
}
