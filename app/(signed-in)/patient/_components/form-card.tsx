'use client';
/** A finalised form on the timeline: its name and period, version and who finalised it; opens it full screen. */
import Link from 'next/link';
import type { FormDoc } from '@/lib/schemas/form';
import { useI18n } from '@/app/_lib/i18n';
import { formHref, useFormPeriod } from './form-summary';

export function FormCard({ form }: { form: FormDoc }) {
  const { t } = useI18n();
  const period = useFormPeriod();
  const name = t(`forms.template.${form.template}`);
  return (
    <div className="form-card" role="group" aria-label={name}>
      <p className="form-card-name">
        <span aria-hidden="true">📋</span> {name}
        {form.version > 1 && <span className="badge">{t('forms.version', { version: form.version })}</span>}
      </p>
      <p className="form-card-period">{period(form)}</p>
      <Link href={formHref(form)} className="button button-small">
        {t('forms.card.open')}
        <span className="visually-hidden"> {name}</span>
      </Link>
    </div>
  );
}
