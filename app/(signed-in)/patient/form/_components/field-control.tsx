'use client';
/**
 * One field of a form, its control chosen from the content schema (lib/forms/field-kind.ts): a
 * line or text area, a date or month picker, a number, choices, a yes/no box, a table of rows or a
 * group. Its wrapper carries `field-<key>`, so finalising can name the field and focus it.
 */
import type { FormTemplateId } from '@/lib/domain/form-templates';
import type { FieldLayout } from '@/lib/forms/form-layout';
import { fieldKind, fieldLabelKey, hintKey, optionLabelKey, partLabelKey } from '@/lib/forms/label-keys';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { FormField } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { CheckGroup, FlagBox, RadioGroup } from './choice-controls';
import { RowsControl } from './rows-control';
import { ScalarInput } from './scalar-input';

export interface FieldProps {
  template: FormTemplateId;
  field: FieldLayout<Record<string, unknown>>;
  value: unknown;
  onChange: (value: unknown) => void;
  /** The problem finalising found here, as a message (the field's name is around it). */
  problem: string | null;
  required: boolean;
}

export const fieldDomId = (key: string) => `field-${key}`;

export function FieldControl({ template, field, value, onChange, problem, required }: FieldProps) {
  const { t } = useI18n();
  const kind = fieldKind(template, field.key);
  const id = fieldDomId(field.key);
  const label = t(fieldLabelKey(template, field.key));
  const hint = field.hint ? t(hintKey(template, field.key)) : undefined;
  const mark = required ? 'required' : undefined;
  const problemNote = problem ? (
    <p className="field-problem" id={`${id}-problem`}>
      {problem}
    </p>
  ) : null;
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  const labelOf = (option: string) => t(optionLabelKey(template, field, option));
  const legend = (
    <>
      {label}
      {required && <span className="required-mark"> {t('form.requiredMark')}</span>}
    </>
  );
  const hintNote = hint ? (
    <p className="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;

  if (kind.kind === 'choice' || kind.kind === 'choices') {
    const group =
      kind.kind === 'choice' ? (
        <RadioGroup
          id={id}
          legend={legend}
          options={kind.options}
          labelOf={labelOf}
          value={(value as string | null) ?? null}
          onChange={onChange}
          describedBy={describedBy}
          invalid={Boolean(problem)}
        />
      ) : (
        <CheckGroup
          id={id}
          legend={legend}
          options={kind.options}
          labelOf={labelOf}
          value={(value as string[]) ?? []}
          onChange={onChange}
          describedBy={describedBy}
          invalid={Boolean(problem)}
        />
      );
    return (
      <div className="form-field">
        {group}
        {hintNote}
        {problemNote}
      </div>
    );
  }
  if (kind.kind === 'flag')
    return (
      <div className="form-field">
        <FlagBox id={id} label={label} value={Boolean(value)} onChange={onChange} />
        {hintNote}
      </div>
    );
  if (kind.kind === 'rows' || kind.kind === 'group') {
    const partLabel = (part: string) => t(partLabelKey(template, field.key, part));
    const partOptions = (part: string, option: string) =>
      t(
        field.choices
          ? (`formChoice.${field.choices}.${option}` as MessageKey)
          : (`${partLabelKey(template, field.key, part)}.${option}` as MessageKey),
      );
    return (
      <div className="form-field" id={id}>
        <RowsControl
          name={field.key}
          kind={kind}
          legend={legend}
          value={value}
          onChange={onChange}
          partLabel={partLabel}
          optionLabel={partOptions}
          describedBy={describedBy}
        />
        {hintNote}
        {problemNote}
      </div>
    );
  }
  return (
    <div className="form-field" id={id}>
      <FormField label={label} mark={mark} hint={hint} className="field" invalid={Boolean(problem)} after={problemNote}>
        {(control) => <ScalarInput kind={kind} value={value} onChange={onChange} rows={field.rows} range={field.range} control={control} />}
      </FormField>
    </div>
  );
}
