'use client';
/** The breadcrumb at the top of a screen: one way back, to the screen it was opened from. */
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useI18n } from '@/app/_lib/i18n';

export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.breadcrumb')}>
      <Link href={href} className="back-link">
        {children}
      </Link>
    </nav>
  );
}
