'use client';
/** Home after sign-in: who I am, where I work, instructions about to end, my language, and signing out. */
import Link from 'next/link';
import { useState } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import { AccountNotices } from '@/app/_components/account-notices';
import { DeviceCard } from '@/app/_components/device-card';
import { WhatsNewLink } from '@/app/_components/whats-new-link';
import { InstallOffer } from '@/app/_components/install/install-offer';
import { NotificationCard } from '@/app/_components/notifications/notification-card';
import { InstructionExpiry } from './instruction-expiry';
import { LanguageSwitch } from '@/app/_components/language-switch';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { SignOutControls } from './sign-out-controls';
import { useOnline } from '@/app/_lib/use-online';
import { findInstructionExpiryCount } from '@/app/_lib/instruction-expiry-count';
import { isAdministrator, type Role } from '@/lib/domain/roles';
import type { MessageKey } from '@/lib/i18n/catalogue';

/** The administrators' screens; `only`: for that role alone. */
const administratorScreens: Array<{ href: string; label: MessageKey; only?: Role }> = [
  { href: '/admin/staff', label: 'home.staff' },
  { href: '/admin/audit', label: 'home.auditLog' },
  { href: '/admin/devices', label: 'home.devices' },
  { href: '/admin/facility', label: 'home.facilityPage', only: 'facilityAdmin' },
];
const regionScreens: Array<{ href: string; label: MessageKey }> = [
  { href: '/admin/applications', label: 'home.applications' },
  { href: '/admin/facilities', label: 'home.facilities' },
  { href: '/admin/region', label: 'home.regionSettings' },
  { href: '/admin/mail', label: 'home.mailOutbox' },
];

function ScreenLinks({ links }: { links: Array<{ href: string; label: MessageKey }> }) {
  const { t } = useI18n();
  return links.map((link) => (
    <Link key={link.href} href={link.href} className="button">
      {t(link.label)}
    </Link>
  ));
}

export function HomeScreen() {
  const { user, sessionStartedAt, device } = useSignedIn();
  const { t, locale } = useI18n();
  const online = useOnline();
  // The signed-in screens render in the browser alone (the server's page is the splash): storage is there.
  const [keptWarning] = useState(() => findInstructionExpiryCount(user.id));
  return (
    <div className="stack">
      <div>
        <h1>{t('home.welcome', { name: user.displayName })}</h1>
        <p className="hint">
          {user.facility.name} · {t(`profession.${user.profession}`)}
        </p>
      </div>
      {!online && <p className="alert alert-warning">{t('common.offlineNotice')}</p>}
      <AccountNotices />
      <InstallOffer />
      {keptWarning > 0 && <InstructionExpiry keptLines={keptWarning} />}
      <div className="row home-primary">
        <Link href="/patients" className="button button-primary button-large">
          {t('home.myPatients')}
        </Link>
        <WhatsNewLink className="button button-large" eager />
      </div>
      {/* A warning with no place kept for it (the device's first start, or the first ending since
          the last start) arrives with the device's forms, after the first paint: below the main
          buttons it moves nothing a finger is about to tap. */}
      {keptWarning === 0 && <InstructionExpiry keptLines={0} />}
      {isAdministrator(user.role) && (
        <div className="row">
          <ScreenLinks links={administratorScreens.filter((screen) => !screen.only || screen.only === user.role)} />
        </div>
      )}
      {user.role === 'regionAdmin' && (
        <nav className="row" aria-label={t('role.regionAdmin')}>
          <ScreenLinks links={regionScreens} />
        </nav>
      )}
      <div className="grid">
        <section className="card" aria-labelledby="account-heading">
          <h2 id="account-heading">{t('home.account')}</h2>
          <dl className="facts">
            <dt>{t('home.loginId')}</dt>
            <dd>{user.loginId}</dd>
            <dt>{t('home.facility')}</dt>
            <dd>
              {user.facility.name}
              <span className="hint"> · {t(`facilityKind.${user.facility.kind}`)}</span>
            </dd>
            <dt>{t('home.profession')}</dt>
            <dd>{t(`profession.${user.profession}`)}</dd>
            <dt>{t('home.role')}</dt>
            <dd>{t(`role.${user.role}`)}</dd>
            <dt>{t('home.region')}</dt>
            <dd>{user.region.name}</dd>
            {sessionStartedAt && (
              <>
                <dt>{t('home.sessionStarted')}</dt>
                <dd>{formatDateTime(sessionStartedAt, locale)}</dd>
              </>
            )}
          </dl>
          <div className="stack">
            <LanguageSwitch saveToAccount />
            <div className="row">
              <Link href="/password" className="button">
                {t('home.changePassword')}
              </Link>
              <Link href="/account/security" className="button">
                {t('home.security')}
              </Link>
              <Link href="/account/devices" className="button">
                {t('myDevices.link')}
              </Link>
              <SignOutControls />
            </div>
          </div>
        </section>
        <DeviceCard device={device} />
        <NotificationCard />
      </div>
    </div>
  );
}
