'use client';
/**
 * Who of the administrator's staff is locked out of signing in, until when, and from which
 * addresses the failures came. Anyone can lock a login ID by failing at it, so this is where an
 * administrator tells a forgetful colleague from an attack, and lifts the lock (or leaves it).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorAlert } from '@/app/_components/error-alert';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { formatDateTime } from '@/lib/i18n/format';

export function LockoutsCard({ online }: { online: boolean }) {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const lockouts = useQuery(trpc.staff.lockouts.queryOptions(undefined, { enabled: online, refetchInterval: 60_000 }));
  const unlock = useMutation(
    trpc.staff.unlock.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.staff.lockouts.queryFilter()) }),
  );
  const rows = lockouts.data ?? [];
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('staff.lockoutsTitle')}</h2>
      <p className="hint">{t('staff.lockoutsLead')}</p>
      <ErrorAlert error={lockouts.error ?? unlock.error} />
      {lockouts.data && rows.length === 0 && <p>{t('staff.lockoutsNone')}</p>}
      {rows.length > 0 && (
        <ul className="member-list" aria-label={t('staff.lockoutsTitle')}>
          {rows.map((row) => (
            <li key={row.userId} className="member-row">
              <div>
                <div className="member-name">{row.displayName}</div>
                <div className="hint">
                  {row.loginId} · {row.facilityName}
                </div>
                <div>
                  <span className="badge badge-failure">{t('staff.lockedUntil', { until: formatDateTime(row.until, locale) })}</span>
                </div>
                <ul className="hint">
                  {row.addresses.map((address) => (
                    <li key={address.ip}>
                      {t('staff.lockoutAddress', {
                        ip: address.ip,
                        count: address.failures,
                        at: formatDateTime(address.lastAt, locale),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
              <button
                type="button"
                className="button button-small"
                disabled={!online || unlock.isPending}
                onClick={() => unlock.mutate({ userId: row.userId })}
              >
                {t('staff.unlockNamed', { name: row.displayName })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
