'use client';
/** On the sign-in page: where a facility not yet using the service applies (its region's portal, or the list of them). */
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';

export function PortalLinks() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const portals = useQuery(trpc.applications.portals.queryOptions(undefined, { staleTime: 10 * 60_000, retry: false }));
  const list = portals.data ?? [];
  if (list.length === 0) return null;
  if (list.length === 1 && list[0]) {
    return (
      <p className="portal-links">
        <Link href={`/join/${list[0].slug}`}>{t('join.portalLink', { region: list[0].name })}</Link>
      </p>
    );
  }
  return (
    <nav className="portal-links" aria-label={t('join.portalsTitle')}>
      <h2>{t('join.portalsTitle')}</h2>
      <ul>
        {list.map((portal) => (
          <li key={portal.slug}>
            <Link href={`/join/${portal.slug}`}>{t('join.portalLink', { region: portal.name })}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
