'use client';
/**
 * A finalised form, full screen: the official sheet as it prints, who finalised it and when, its
 * versions, Print, and for its author a correction — a new version that keeps this one.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import { templateOf } from '@/lib/forms/templates';
import { formatDateTime } from '@/lib/i18n/format';
import { isPendingSync } from '@/lib/offline/mutators';
import { createForm } from '@/lib/offline/record-mutators';
import type { FormDoc } from '@/lib/schemas/form';
import { useI18n } from '@/app/_lib/i18n';
import { useDirectory } from '@/app/_lib/offline/directory';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { formHref } from '@/app/(signed-in)/patient/_components/form-summary';
import { seriesOf, usePatientForms } from '@/app/(signed-in)/patient/_lib/use-forms';
import { PrintSheet } from './print/print-sheet';

export function FormView({ form, writable }: { form: FormDoc; writable: boolean }) {
  const { t, locale } = useI18n();
  const { writer, me } = useOffline();
  const directory = useDirectory();
  const router = useRouter();
  const forms = usePatientForms(form.patientId);
  const versions = useMemo(() => seriesOf(forms ?? [], form.seriesId), [forms, form.seriesId]);
  const latest = versions.at(-1);
  const newer = latest && latest.version > form.version ? latest : null;
  const finalisedBy = directory.get(form.finalizedBy ?? form.authorId)?.displayName ?? t('person.unknown');
  // Finalised offline, the form has no finalisation time until the server stamps one: none is shown.
  const finalised =
    form.finalizedAt === null
      ? t('forms.finalisedByUnsent', { name: finalisedBy })
      : t('forms.finalisedBy', { name: finalisedBy, time: formatDateTime(form.finalizedAt, locale) });
  const meta = {
    version: form.version,
    final: form.status === 'final',
    by: finalisedBy,
    at: form.finalizedAt === null ? null : formatDateTime(form.finalizedAt, 'ja'),
  };

  const correct = async () => {
    if (!writer) return;
    const id = crypto.randomUUID();
    await createForm(writer, {
      id,
      patientId: form.patientId,
      template: form.template,
      content: form.content,
      period: templateOf(form.template).period(form.content),
      corrects: form,
    });
    router.push(formHref({ id, patientId: form.patientId }));
  };

  return (
    <div className="stack form-view">
      <header className="form-head no-print">
        <h1>
          {t(`forms.template.${form.template}`)} <span className="badge">{t('forms.version', { version: form.version })}</span>
          <span className={form.status === 'final' ? 'badge badge-final' : 'badge badge-draft'}>{t(`forms.status.${form.status}`)}</span>
          {isPendingSync(form) && <span className="badge badge-pending">{t('post.notSent')}</span>}
        </h1>
        {form.status === 'final' && <p className="form-finalised">{finalised}</p>}
        {form.supersedesId && <p className="hint">{t('forms.correctionOf', { version: form.version - 1 })}</p>}
        {newer && (
          <p className="alert alert-warning">
            {t('forms.superseded', { version: newer.version })} <Link href={formHref(newer)}>{t('forms.openLatest')}</Link>
          </p>
        )}
      </header>
      <div className="form-actions no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('forms.print')}
        </button>
        {form.status === 'final' && form.authorId === me.id && writable && !newer && (
          <button type="button" className="button" onClick={() => void correct()}>
            {t('forms.correct')}
          </button>
        )}
      </div>
      {versions.length > 1 && (
        <details className="form-versions no-print">
          <summary>{t('forms.versions')}</summary>
          <ol>
            {versions.map((version) => (
              <li key={version.id}>
                <Link href={formHref(version)} aria-current={version.id === form.id ? 'page' : undefined}>
                  {t('forms.versionEntry', {
                    version: version.version,
                    name: directory.get(version.finalizedBy ?? version.authorId)?.displayName ?? t('person.unknown'),
                    time:
                      version.status === 'final' && version.finalizedAt === null
                        ? t('post.notSent')
                        : formatDateTime(version.finalizedAt ?? version.clientCreatedAt, locale),
                  })}
                </Link>
                {version.id === form.id && ` ${t('forms.thisVersion')}`}
              </li>
            ))}
          </ol>
        </details>
      )}
      <div className="print-frame">
        <PrintSheet template={form.template} content={form.content} meta={meta} />
      </div>
    </div>
  );
}
