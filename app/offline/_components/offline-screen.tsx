'use client';
/** A page never opened on this device, asked for with no network: what works offline, and links there. */
import Link from 'next/link';
import { AuthFrame } from '@/app/_components/auth-frame';
import { useI18n } from '@/app/_lib/i18n';

export function OfflineScreen() {
  const { t } = useI18n();
  return (
    <AuthFrame>
      <div className="stack">
        <h1>{t('install.offlineTitle')}</h1>
        <p>{t('install.offlineBody')}</p>
        <h2>{t('install.offlineWorks')}</h2>
        <ul className="stack offline-links">
          <li>
            <Link href="/" className="button">
              {t('install.offlineHome')}
            </Link>
          </li>
          <li>
            <Link href="/patients" className="button">
              {t('install.offlinePatients')}
            </Link>
          </li>
          <li>
            <Link href="/whats-new" className="button">
              {t('install.offlineWhatsNew')}
            </Link>
          </li>
          <li>
            {/* The search box of My patients (every patient's records): record-search.tsx's id. */}
            <Link href="/patients#record-search" className="button">
              {t('install.offlineSearch')}
            </Link>
          </li>
        </ul>
        <p className="hint">{t('install.offlineNeedsNetwork')}</p>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('install.offlineRetry')}
        </button>
      </div>
    </AuthFrame>
  );
}
