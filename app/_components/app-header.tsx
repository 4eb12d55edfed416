'use client';
/** The bar atop every signed-in screen: the app, whether we are online, What's new, and who is signed in. */
import Link from 'next/link';
import { useI18n } from '@/app/_lib/i18n';
import type { UserProfile } from '@/app/_lib/router-types';
import { useOnline } from '@/app/_lib/use-online';
import { WhatsNewLink } from './whats-new-link';

export function AppHeader({ user }: { user: UserProfile }) {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <img src="/icons/icon-192.png" alt="" width={36} height={36} />
        <span>{t('app.shortName')}</span>
      </Link>
      {!online && (
        <span className="status-pill" data-state="offline">
          {t('common.offline')}
        </span>
      )}
      <nav className="header-nav" aria-label={t('nav.main')}>
        <WhatsNewLink className="header-link" />
      </nav>
      <div className="who">
        <div>{user.displayName}</div>
        <div>{user.facility.name}</div>
      </div>
    </header>
  );
}
