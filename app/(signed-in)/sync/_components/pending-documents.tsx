'use client';
/** The unsent forms (drafts as typed, finalised ones) and readings, each with its patient and time. */
import Link from 'next/link';
import { formatDateTime } from '@/lib/i18n/format';
import { refusalKey } from '@/lib/offline/outbox-records';
import { refusedText } from '@/lib/offline/refused-text';
import { vitalsSummary } from '@/lib/vitals/vitals-summary';
import { useI18n } from '@/app/_lib/i18n';
import { formHref } from '@/app/(signed-in)/patient/_components/form-summary';
import { RefusedNotice } from './refused-notice';
import type { PendingItems } from './use-pending-items';

interface ListProps {
  items: PendingItems;
  nameOf: (patientId: string) => string;
}

export function PendingForms({ items, nameOf }: ListProps) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="pending-forms">
      <h2 id="pending-forms">{t('pending.forms', { count: items.forms.length })}</h2>
      <ul className="pending-list">
        {items.forms.map((form) => (
          <li key={form.id}>
            <div className="pending-head">
              <Link href={`/patient?id=${form.patientId}`}>{nameOf(form.patientId)}</Link>
              <span className="badge">{t(`forms.status.${form.status}`)}</span>
              <span className="hint">{formatDateTime(form.clientCreatedAt, locale)}</span>
            </div>
            <p className="pending-excerpt">
              {form.status === 'discarded' ? (
                t(`forms.template.${form.template}`)
              ) : (
                <Link href={formHref(form)}>{t(`forms.template.${form.template}`)}</Link>
              )}
            </p>
            <RefusedNotice refusal={items.refusals.get(refusalKey('forms', form.id))} text={refusedText('forms', form)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PendingObservations({ items, nameOf }: ListProps) {
  const { t, locale } = useI18n();
  return (
    <section className="card" aria-labelledby="pending-observations">
      <h2 id="pending-observations">{t('pending.observations', { count: items.observations.length })}</h2>
      <ul className="pending-list">
        {items.observations.map((observation) => (
          <li key={observation.id}>
            <div className="pending-head">
              <Link
                href={
                  observation.kind === 'vitals' ? `/patient/vitals?id=${observation.patientId}` : `/patient?id=${observation.patientId}`
                }
              >
                {nameOf(observation.patientId)}
              </Link>
              {observation.retractedAt !== null && <span className="badge">{t('pending.withdrawal')}</span>}
              <span className="hint">{formatDateTime(observation.measuredAt, locale)}</span>
            </div>
            <p className="pending-excerpt">
              {observation.vitals
                ? vitalsSummary(observation.vitals)
                : observation.woundScore &&
                  t('pending.woundScore', { site: observation.woundScore.site, total: observation.woundScore.total })}
            </p>
            <RefusedNotice
              refusal={items.refusals.get(refusalKey('observations', observation.id))}
              text={refusedText('observations', observation)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
