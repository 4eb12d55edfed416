'use client';
/** A card listing devices under a heading that counts them; rows are the caller's. */
import type { ReactNode } from 'react';
import { useI18n } from '@/app/_lib/i18n';

export function DeviceListCard({ headingId, count, children }: { headingId: string; count: number; children: ReactNode }) {
  const { t } = useI18n();
  const title = t('devices.listTitle', { count });
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {count === 0 ? (
        <p className="hint">{t('devices.empty')}</p>
      ) : (
        <ul className="member-list" aria-label={title}>
          {children}
        </ul>
      )}
    </section>
  );
}
