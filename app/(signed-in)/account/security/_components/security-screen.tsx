'use client';
/**
 * Sign-in security: the authenticator app, recovery codes and passkeys. Also where a user the
 * policy covers lands to enrol before anything else; once enrolled (and the codes saved) they go on.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { AccountNotices } from '@/app/_components/account-notices';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import type { UserProfile } from '@/app/_lib/router-types';
import { reauthenticationWindowMinutes } from '@/lib/schemas/second-factor';
import { formatTime } from '@/lib/i18n/format';
import { PasskeysSection } from './passkeys-section';
import { ReauthenticateCard } from './reauthenticate-card';
import { RecoveryCodes, RecoveryCodesSection } from './recovery-codes';
import { TotpSection } from './totp-section';

export function SecurityScreen() {
  const { user } = useSignedIn();
  return <SecuritySettings user={user} />;
}

function SecuritySettings({ user }: { user: UserProfile }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.secondFactor.status.queryOptions());
  const [codes, setCodes] = useState<string[] | null>(null);
  const refresh = async () => {
    await queryClient.invalidateQueries(trpc.secondFactor.status.queryFilter());
    await queryClient.invalidateQueries(trpc.auth.me.queryFilter());
  };
  // Enrolling passes the second factor for this session: auth.me is refreshed before home is offered,
  // or home would still see the enrolment owed and send the user back here.
  const issued = async (fresh: string[] | null) => {
    if (fresh) setCodes(fresh);
    await refresh();
  };

  const data = status.data;
  // Changes need a recent proof of identity; when it runs out, the card to give one comes back.
  const until = data?.reauthenticatedUntil ?? null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, until.getTime() - Date.now()) + 500);
    return () => clearTimeout(timer);
  }, [until]);
  const confirmed = until !== null && until.getTime() > now;
  // While enrolment is owed, nothing else opens; once a factor is set up, home is a link away.
  const setup = data?.due === 'setupRequired';
  return (
    <div className="stack" style={{ maxWidth: 720 }}>
      <h1>{t('security.title')}</h1>
      <p className="hint">{t('security.lead')}</p>
      {setup && <p className="alert alert-warning">{t('security.setupRequired')}</p>}
      {data && <p className="hint">{data.policyRequires ? t('security.required') : t('security.optional')}</p>}
      {codes && (
        <RecoveryCodes
          codes={codes}
          loginId={user.loginId}
          onDone={async () => {
            await refresh();
            setCodes(null);
          }}
        />
      )}
      {!setup && <AccountNotices />}
      {data && !codes && (
        <>
          {confirmed && until ? (
            <p className="hint" role="status">
              {t('security.reauth.confirmed', { time: formatTime(until, locale) })}
            </p>
          ) : (
            <ReauthenticateCard
              hasTotp={data.totp !== null}
              hasPasskey={data.passkeys.length > 0}
              windowMinutes={reauthenticationWindowMinutes}
              onConfirmed={async () => {
                setNow(Date.now());
                await refresh();
              }}
            />
          )}
          <TotpSection totp={data.totp} confirmed={confirmed} onChanged={refresh} onEnrolled={issued} />
          <PasskeysSection passkeys={data.passkeys} confirmed={confirmed} onChanged={refresh} onRegistered={issued} />
          <RecoveryCodesSection
            left={data.recoveryCodesLeft}
            hasFactor={data.totp !== null || data.passkeys.length > 0}
            confirmed={confirmed}
            onIssued={issued}
          />
          {!setup && (
            <Link href="/" className="button">
              {t('security.continue')}
            </Link>
          )}
        </>
      )}
    </div>
  );
}
