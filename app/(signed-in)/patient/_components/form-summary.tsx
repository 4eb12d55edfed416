'use client';
/** A form in a list or on the timeline: its name, the period it covers, its version and state. */
import Link from 'next/link';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { isPendingSync } from '@/lib/offline/mutators';
import type { FormDoc } from '@/lib/schemas/form';
import { japanDate } from '@/lib/time/japan-time';
import { useI18n } from '@/app/_lib/i18n';
import { useNamesOf } from './person-name';

export function formHref(form: Pick<FormDoc, 'id' | 'patientId'>): string {
  return `/patient/form?${new URLSearchParams({ id: form.patientId, form: form.id })}`;
}

/** "1 November 2026 – 30 November 2026", one date for a form of one day. */
export function useFormPeriod(): (form: Pick<FormDoc, 'periodStart' | 'periodEnd'>) => string {
  const { t, locale } = useI18n();
  const day = (value: string) => formatDate(japanDate(value, '12:00:00'), locale);
  return ({ periodStart, periodEnd }) => {
    if (!periodStart || !periodEnd) return t('forms.noPeriod');
    return periodStart === periodEnd ? day(periodStart) : t('forms.period', { start: day(periodStart), end: day(periodEnd) });
  };
}

export function FormSummary({ form, link = true }: { form: FormDoc; link?: boolean }) {
  const { t, locale } = useI18n();
  const period = useFormPeriod();
  const namesOf = useNamesOf();
  const name = t(`forms.template.${form.template}`);
  return (
    <div className="form-summary">
      <p className="form-summary-title">
        {link ? <Link href={formHref(form)}>{name}</Link> : <strong>{name}</strong>}
        {form.version > 1 && <span className="badge">{t('forms.version', { version: form.version })}</span>}
        {form.status === 'draft' && <span className="badge badge-draft">{t('forms.status.draft')}</span>}
        {isPendingSync(form) && <span className="badge badge-pending">{t('post.notSent')}</span>}
      </p>
      <p className="form-summary-period">{period(form)}</p>
      <p className="hint">
        {form.status === 'final'
          ? form.finalizedAt === null
            ? t('forms.finalisedByUnsent', { name: namesOf([form.finalizedBy ?? form.authorId]) })
            : t('forms.finalisedBy', { name: namesOf([form.finalizedBy ?? form.authorId]), time: formatDateTime(form.finalizedAt, locale) })
          : t('forms.draftBy', { name: namesOf([form.authorId]), time: formatDateTime(form.clientCreatedAt, locale) })}
      </p>
    </div>
  );
}
