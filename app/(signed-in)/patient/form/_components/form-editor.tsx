'use client';
/**
 * Filling in a draft: sections to jump between, the answers saved on this device as they change,
 * a print preview, and finalising — which first names and focuses the first field still needed.
 */
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState } from 'react';
import type { RxDocument } from 'rxdb';
import { formOfficialNames, formPostCategory } from '@/lib/domain/form-templates';
import type { FieldProblem } from '@/lib/forms/form-layout';
import { findFormProblems, sectionOf } from '@/lib/forms/form-problems';
import { fieldLabelKey, sectionLabelKey } from '@/lib/forms/label-keys';
import { templateOf } from '@/lib/forms/templates';
import { reportMonths, type VisitDay } from '@/lib/forms/templates/report';
import { visitsForMonths } from '@/lib/forms/visit-calendar';
import { formatTime } from '@/lib/i18n/format';
import { formatWareki } from '@/lib/i18n/wareki';
import { discardFormDraft, finaliseForm } from '@/lib/offline/record-mutators';
import type { FormDoc } from '@/lib/schemas/form';
import { ConfirmButton } from '@/app/_components/confirm-button';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { useI18n } from '@/app/_lib/i18n';
import { useDirectory } from '@/app/_lib/offline/directory';
import { useOffline } from '@/app/_lib/offline/offline-provider';
import { findVisits } from '@/app/(signed-in)/patient/forms/_lib/visit-records';
import { useFormDraft } from '../_lib/use-form-draft';
import { fieldDomId } from './field-control';
import { FormSection, sectionDomId } from './form-section';
import { PrintSheet } from './print/print-sheet';

/** The text of the timeline post that announces the form: its official name and period, in Japanese. */
function announcement(form: FormDoc, period: { start: string; end: string } | null): string {
  const name = formOfficialNames[form.template];
  const when = period
    ? period.start === period.end
      ? formatWareki(period.start)
      : `${formatWareki(period.start)}〜${formatWareki(period.end)}`
    : '';
  const version = form.version > 1 ? ` 第${form.version}版（訂正）` : '';
  return `${name}${when ? `（${when}）` : ''}${version}`;
}

export function FormEditor({ form }: { form: RxDocument<FormDoc> }) {
  const { t, locale } = useI18n();
  const { db, writer, me } = useOffline();
  const directory = useDirectory();
  const router = useRouter();
  const draft = useFormDraft(form);
  const template = templateOf(form.template);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [preview, setPreview] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLDialogElement>(null);
  const monthsAsked = useRef(0);
  const byKey = useMemo(() => new Map(problems.map((problem) => [problem.key, problem])), [problems]);
  const first = problems[0];

  const change = (key: string, value: unknown) => {
    draft.set(key, value);
    if (byKey.has(key)) setProblems((current) => current.filter((problem) => problem.key !== key));
    // Another month for the report: its calendar follows (the old month's days would block finalising).
    if (form.template === 'visitingNursingReport' && (key === 'reportMonth' || key === 'spansTwoMonths'))
      void refillForMonths({ ...draft.content, [key]: value });
  };

  const jumpTo = (sectionId: string) => {
    const section = document.getElementById(sectionDomId(sectionId));
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
  };

  const focusField = (key: string) => {
    setPreview(false);
    requestAnimationFrame(() => {
      const field = document.getElementById(fieldDomId(key));
      const control = field?.matches('input, textarea, select')
        ? field
        : field?.querySelector<HTMLElement>('input, textarea, select, button');
      field?.scrollIntoView({ block: 'center' });
      control?.focus({ preventScroll: true });
    });
  };

  const tryFinalise = () => {
    const found = findFormProblems(form.template, draft.content);
    setProblems(found);
    if (found[0]) focusField(found[0].key);
    else confirm.current?.showModal();
  };

  const finalise = async () => {
    if (!writer) return;
    setBusy(true);
    await draft.flush();
    const period = template.period(draft.content);
    await finaliseForm(writer, form, {
      content: draft.content,
      period,
      post: { id: crypto.randomUUID(), category: formPostCategory[form.template], body: announcement(form, period) },
    });
    setBusy(false);
  };

  const refillForMonths = async (next: Record<string, unknown>) => {
    if (!db) return;
    const asked = (monthsAsked.current += 1);
    const months = reportMonths(next as never);
    const found = months.length > 0 ? await findVisits(db, form.patientId, me.facility.id, months, directory) : [];
    // A month typed meanwhile asked again: only the last answer fills the calendar.
    if (asked === monthsAsked.current) draft.set('visits', visitsForMonths((next.visits as VisitDay[] | undefined) ?? [], found, months));
  };

  const refillVisits = async () => {
    if (!db) return 0;
    const visits = await findVisits(db, form.patientId, me.facility.id, reportMonths(draft.content as never), directory);
    draft.set('visits', visits);
    return visits.length;
  };

  return (
    <div className="stack form-editor">
      <header className="form-head">
        <h1>
          {t(`forms.template.${form.template}`)} <span className="badge badge-draft">{t('forms.status.draft')}</span>
          {form.version > 1 && <span className="badge">{t('forms.version', { version: form.version })}</span>}
        </h1>
        <p className="hint" role="status">
          {draft.saving
            ? t('forms.saving')
            : draft.savedAt
              ? t('forms.savedLocally', { time: formatTime(draft.savedAt, locale) })
              : t('forms.prefilled')}
        </p>
      </header>
      <nav className="form-sections no-print" aria-label={t('forms.sections')}>
        {template.sections.map((section) => (
          <button key={section.id} type="button" className="button button-small" onClick={() => jumpTo(section.id)}>
            {t(sectionLabelKey(form.template, section.id))}
          </button>
        ))}
      </nav>
      {first && (
        <p className="alert alert-error" role="alert">
          {t('forms.cannotFinalise', { field: t(fieldLabelKey(form.template, first.key)), problem: t(first.message, first.params) })}{' '}
          <button type="button" className="button button-small" onClick={() => focusField(first.key)}>
            {t(sectionLabelKey(form.template, sectionOf(form.template, first.key) ?? ''))}
          </button>
        </p>
      )}
      {preview ? (
        <PrintSheet template={form.template} content={draft.content} meta={null} />
      ) : (
        <>
          {/* The browser's own Print (Ctrl+P) prints the sheet, not the editor. */}
          <div className="print-only">
            <PrintSheet template={form.template} content={draft.content} meta={null} />
          </div>
          <form className="stack" onSubmit={(event) => event.preventDefault()} noValidate>
            {template.sections.map((section) => (
              <FormSection
                key={section.id}
                template={form.template}
                section={section}
                content={draft.content}
                onChange={change}
                problems={byKey}
                onRefillVisits={refillVisits}
              />
            ))}
          </form>
        </>
      )}
      <div className="form-actions no-print">
        <button type="button" className="button" aria-pressed={preview} onClick={() => setPreview((on) => !on)}>
          {preview ? t('forms.backToEditing') : t('forms.preview')}
        </button>
        <ConfirmButton
          className="button button-danger"
          label={t('forms.discard')}
          question={t('forms.discardConfirm')}
          onConfirm={() => {
            if (writer) void discardFormDraft(writer, form).then(() => router.push(`/patient/forms?id=${form.patientId}`));
          }}
        />
        <button type="button" className="button button-primary" disabled={busy} onClick={tryFinalise}>
          {busy ? t('forms.finalising') : t('forms.finalise')}
        </button>
      </div>
      <ConfirmDialog
        dialogRef={confirm}
        question={t('forms.finaliseConfirm')}
        action={t('forms.finalise')}
        onConfirm={() => void finalise()}
      />
    </div>
  );
}
