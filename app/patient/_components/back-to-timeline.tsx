'use client';
/** The breadcrumb of a patient's secondary screens (its team, its photos): back to the timeline. */
import Link from 'next/link';
import { useI18n } from '@/app/_lib/i18n';

export function BackToTimeline({ patient }: { patient: { id: string; name: string } }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('nav.breadcrumb')}>
      <Link href={`/patient?id=${patient.id}`} className="back-link">
        {t('team.backToTimeline', { name: patient.name })}
      </Link>
    </nav>
  );
}
