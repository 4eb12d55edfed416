'use client';
/**
 * 監査ログ: who did what, to which patient, when and from where — for a facility administrator
 * their staff's entries, for a region administrator the region's. Filter, page back, export CSV.
 * It lives on the server only (no copy on the device), so it needs a connection.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { AuditFilters } from '@/lib/schemas/audit';
import { useSignedIn } from '@/app/_components/signed-in-layout';
import { useI18n } from '@/app/_lib/i18n';
import type { UserProfile } from '@/app/_lib/router-types';
import { useTRPC } from '@/app/_lib/trpc';
import { useOnline } from '@/app/_lib/use-online';
import { AuditFilterForm } from './audit-filter-form';
import { AuditTable } from './audit-table';
import { UnknownSignIns } from './unknown-sign-ins';
import { BackLink } from '@/app/_components/back-link';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FileDownloadProblem, useFileDownload } from '@/app/_components/file-download';
import { isAdministrator } from '@/lib/domain/roles';

const pageSize = 100;

export function AuditScreen() {
  const { user } = useSignedIn();
  return <AuditLog user={user} />;
}

export function csvUrl(filters: AuditFilters): string {
  const params = new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
  return `/api/audit/csv?${params.toString()}`;
}

function AuditLog({ user }: { user: UserProfile }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const online = useOnline();
  const [filters, setFilters] = useState<AuditFilters>({});
  const isAdmin = isAdministrator(user.role);
  const patients = useQuery(trpc.audit.patients.queryOptions(undefined, { enabled: isAdmin && online, staleTime: 60_000 }));
  const entries = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { ...filters, limit: pageSize },
      { enabled: isAdmin && online, getNextPageParam: (page) => (page.more ? page.entries.at(-1)?.seq : undefined) },
    ),
  );
  const rows = entries.data?.pages.flatMap((page) => page.entries) ?? [];
  const csv = useFileDownload('audit-log.csv');

  return (
    <div className="stack">
      <BackLink href="/">{t('nav.home')}</BackLink>
      <h1>{t('audit.title')}</h1>
      {!isAdmin ? (
        <p className="alert alert-info">{t('audit.forAdmins')}</p>
      ) : (
        <>
          <p className="hint">
            {user.role === 'regionAdmin'
              ? t('audit.leadRegion', { region: user.region.name })
              : t('audit.leadFacility', { facility: user.facility.name })}
          </p>
          {!online && <p className="alert alert-warning">{t('audit.needsConnection')}</p>}
          {user.role === 'regionAdmin' && <UnknownSignIns online={online} />}
          <AuditFilterForm patients={patients.data ?? []} onApply={setFilters} />
          <p>
            {online ? (
              <a className="button" href={csvUrl(filters)} download onClick={csv.save} aria-disabled={csv.busy || undefined}>
                {t('audit.download')}
              </a>
            ) : (
              <button type="button" className="button" disabled>
                {t('audit.download')}
              </button>
            )}
          </p>
          <FileDownloadProblem problem={csv.problem} />
          <ErrorAlert error={entries.error} />
          {entries.isPending && online ? (
            <p className="hint" role="status">
              {t('common.loading')}
            </p>
          ) : rows.length === 0 && !entries.error ? (
            <p className="alert alert-info" role="status">
              {t('audit.none')}
            </p>
          ) : (
            <AuditTable rows={rows} />
          )}
          {entries.hasNextPage && (
            <button type="button" className="button" onClick={() => void entries.fetchNextPage()} disabled={entries.isFetchingNextPage}>
              {entries.isFetchingNextPage ? t('common.loading') : t('audit.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
