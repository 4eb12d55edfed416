'use client';
/** The breadcrumb of a patient's secondary screens (its team, its photos): back to the timeline. */
import { BackLink } from '@/app/_components/back-link';
import { useI18n } from '@/app/_lib/i18n';

export function BackToTimeline({ patient }: { patient: { id: string; name: string } }) {
  const { t } = useI18n();
  return <BackLink href={`/patient?id=${patient.id}`}>{t('team.backToTimeline', { name: patient.name })}</BackLink>;
}
