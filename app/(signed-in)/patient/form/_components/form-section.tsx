'use client';
/** One section of a form: its heading and its fields, those under an unchosen choice left out. */
import type { FormTemplateId } from '@/lib/domain/form-templates';
import type { FieldProblem, SectionLayout } from '@/lib/forms/form-layout';
import { isShown } from '@/lib/forms/form-problems';
import { fieldLabelKey, hintKey, sectionLabelKey } from '@/lib/forms/label-keys';
import type { VisitDay } from '@/lib/forms/templates/report';
import { reportMonths } from '@/lib/forms/templates/report';
import { useI18n } from '@/app/_lib/i18n';
import { FieldControl, fieldDomId } from './field-control';
import { VisitCalendarField } from './visit-calendar-field';

type Content = Record<string, unknown>;

interface Props {
  template: FormTemplateId;
  section: SectionLayout<Content>;
  content: Content;
  onChange: (key: string, value: unknown) => void;
  problems: ReadonlyMap<string, FieldProblem>;
  onRefillVisits: () => Promise<number>;
}

export const sectionDomId = (id: string) => `section-${id}`;

export function FormSection({ template, section, content, onChange, problems, onRefillVisits }: Props) {
  const { t } = useI18n();
  const headingId = `${sectionDomId(section.id)}-heading`;
  const problemText = (key: string) => {
    const problem = problems.get(key);
    return problem
      ? t('forms.fieldProblem', { field: t(fieldLabelKey(template, key)), problem: t(problem.message, problem.params) })
      : null;
  };
  return (
    <section className="form-section card" id={sectionDomId(section.id)} aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId}>{t(sectionLabelKey(template, section.id))}</h2>
      {section.fields
        .filter((field) => isShown(field, content))
        .map((field) => {
          const required = typeof field.required === 'function' ? field.required(content) : Boolean(field.required);
          if (field.widget === 'calendar')
            return (
              <VisitCalendarField
                key={field.key}
                id={fieldDomId(field.key)}
                legend={t(fieldLabelKey(template, field.key))}
                months={reportMonths(content as { reportMonth: string | null; spansTwoMonths: boolean })}
                visits={(content[field.key] as VisitDay[]) ?? []}
                onChange={(visits) => onChange(field.key, visits)}
                onRefill={onRefillVisits}
                hint={field.hint ? <p className="hint">{t(hintKey(template, field.key))}</p> : undefined}
                problem={problemText(field.key) ? <p className="field-problem">{problemText(field.key)}</p> : undefined}
              />
            );
          return (
            <FieldControl
              key={field.key}
              template={template}
              field={field}
              value={content[field.key]}
              onChange={(value) => onChange(field.key, value)}
              problem={problemText(field.key)}
              required={required}
            />
          );
        })}
    </section>
  );
}
