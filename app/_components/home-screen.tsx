'use client';
/** Home after sign-in: who I am, where I work, my language, and signing out. */
import Link from 'next/link';
import { useI18n } from '@/app/_lib/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import { ConfirmButton } from './confirm-button';
import { DeviceCard } from './device-card';
import { LanguageSwitch } from './language-switch';
import { SignedInShell } from './signed-in-shell';
import { useSignOut } from '@/app/_lib/use-sign-out';
import { useOnline } from '@/app/_lib/use-online';
import { isAdministrator } from '@/lib/domain/roles';

export function HomeScreen() {
  const { t, locale } = useI18n();
  const { busy, signOut, signOutEverywhere } = useSignOut();
  const online = useOnline();
  return (
    <SignedInShell>
      {(user, session) => (
        <div className="stack">
          <div>
            <h1>{t('home.welcome', { name: user.displayName })}</h1>
            <p className="hint">
              {user.facility.name} · {t(`profession.${user.profession}`)}
            </p>
          </div>
          {!online && <p className="alert alert-warning">{t('common.offlineNotice')}</p>}
          <Link href="/patients" className="button button-primary button-large">
            {t('home.myPatients')}
          </Link>
          {isAdministrator(user.role) && (
            <div className="row">
              <Link href="/admin/staff" className="button">
                {t('home.staff')}
              </Link>
              <Link href="/admin/audit" className="button">
                {t('home.auditLog')}
              </Link>
              <Link href="/admin/devices" className="button">
                {t('home.devices')}
              </Link>
              {user.role === 'facilityAdmin' && (
                <Link href="/admin/facility" className="button">
                  {t('home.facilityPage')}
                </Link>
              )}
            </div>
          )}
          {user.role === 'regionAdmin' && (
            <nav className="row" aria-label={t('role.regionAdmin')}>
              <Link href="/admin/applications" className="button">
                {t('home.applications')}
              </Link>
              <Link href="/admin/facilities" className="button">
                {t('home.facilities')}
              </Link>
              <Link href="/admin/region" className="button">
                {t('home.regionSettings')}
              </Link>
              <Link href="/admin/mail" className="button">
                {t('home.mailOutbox')}
              </Link>
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
                {session.sessionStartedAt && (
                  <>
                    <dt>{t('home.sessionStarted')}</dt>
                    <dd>{formatDateTime(session.sessionStartedAt, locale)}</dd>
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
                  <button type="button" className="button button-primary" onClick={signOut} disabled={busy}>
                    {busy ? t('home.signingOut') : t('home.signOut')}
                  </button>
                </div>
                <ConfirmButton
                  className="button button-danger"
                  label={t('home.signOutEverywhere')}
                  question={t('home.signOutEverywhereConfirm')}
                  onConfirm={signOutEverywhere}
                  disabled={busy || !online}
                />
              </div>
            </section>
            <DeviceCard device={session.device} />
          </div>
        </div>
      )}
    </SignedInShell>
  );
}
