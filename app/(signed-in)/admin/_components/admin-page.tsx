'use client';
/**
 * The frame of an administrator's screen that lives on the server only: the way home, the title,
 * and the screen itself only for the role it is for (others are told so); offline, a notice.
 */
import type { ReactNode } from 'react';
import { isAdministrator, type Role } from '@/lib/domain/roles';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { BackLink } from '@/app/_components/back-link';
import { ErrorAlert } from '@/app/_components/error-alert';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { useI18n } from '@/app/_lib/i18n';
import type { UserProfile } from '@/app/_lib/router-types';
import { useOnline } from '@/app/_lib/use-online';

interface Props {
  /** Whose screen it is: one role, or `administrator` for facility and region administrators alike. */
  role: Role | 'administrator';
  title: MessageKey;
  notForYou: MessageKey;
  children: (user: UserProfile, online: boolean) => ReactNode;
}

export function AdminPage(props: Props) {
  const { user } = useSignedIn();
  return <AdminFrame user={user} {...props} />;
}

function AdminFrame({ user, role, title, notForYou, children }: Props & { user: UserProfile }) {
  const { t } = useI18n();
  const online = useOnline();
  return (
    <div className="stack">
      <BackLink href="/">{t('nav.home')}</BackLink>
      <h1>{t(title)}</h1>
      {!(role === 'administrator' ? isAdministrator(user.role) : user.role === role) ? (
        <p className="alert alert-info">{t(notForYou)}</p>
      ) : (
        <>
          {!online && <p className="alert alert-warning">{t('region.needsConnection')}</p>}
          {children(user, online)}
        </>
      )}
    </div>
  );
}

/** "Loading…" while a query is under way, its translated error if it failed. */
export function QueryState({ query, online }: { query: { isPending: boolean; error: unknown }; online: boolean }) {
  const { t } = useI18n();
  if (query.error != null) return <ErrorAlert error={query.error} />;
  if (query.isPending && online) {
    return (
      <p className="hint" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return null;
}
