'use client';
/**
 * A form's numbered lines (diseases, medications, problems) as rows of small controls, added and
 * removed up to the printed number; and a group of parts (a finding: present, site, severity).
 */
import type { ReactNode } from 'react';
import type { FieldKind } from '@/lib/forms/field-kind';
import { useI18n } from '@/app/_lib/i18n';
import { FormField } from '@/app/_components/form-field';
import { FlagBox, RadioGroup } from './choice-controls';
import { ScalarInput } from './scalar-input';

type Parts = Array<{ key: string; field: FieldKind }>;
type Row = Record<string, unknown>;

interface Props {
  /** The field's key: names the controls' groups apart from other fields'. */
  name: string;
  kind: Extract<FieldKind, { kind: 'rows' | 'group' }>;
  legend: ReactNode;
  value: unknown;
  onChange: (value: unknown) => void;
  partLabel: (part: string) => string;
  optionLabel: (part: string, option: string) => string;
  describedBy?: string;
}

function emptyRow(parts: Parts): Row {
  return Object.fromEntries(
    parts.map(({ key, field }) => [key, field.kind === 'text' ? '' : field.kind === 'flag' ? false : field.kind === 'choices' ? [] : null]),
  );
}

export function RowsControl({ name, kind, legend, value, onChange, partLabel, optionLabel, describedBy }: Props) {
  const { t } = useI18n();
  if (kind.kind === 'group') {
    const group = (value as Row) ?? emptyRow(kind.parts);
    return (
      <fieldset className="form-group" aria-describedby={describedBy}>
        <legend>{legend}</legend>
        <PartControls
          parts={kind.parts}
          row={group}
          onChange={onChange}
          partLabel={partLabel}
          optionLabel={optionLabel}
          prefix=""
          scope={name}
        />
      </fieldset>
    );
  }
  const rows = (value as Row[]) ?? [];
  const shown = rows.length === 0 ? [emptyRow(kind.columns)] : rows;
  const change = (index: number, row: Row) => onChange(shown.map((current, at) => (at === index ? row : current)));
  return (
    <fieldset className="form-rows" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {shown.map((row, index) => (
        <div key={index} className="form-row" role="group" aria-label={t('forms.row', { index: index + 1 })}>
          <span className="form-row-number" aria-hidden="true">
            {index + 1}.
          </span>
          <PartControls
            parts={kind.columns}
            row={row}
            onChange={(next) => change(index, next as Row)}
            partLabel={partLabel}
            optionLabel={optionLabel}
            prefix={`${index + 1}. `}
            scope={`${name}-${index}`}
          />
          {shown.length > 1 && (
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => onChange(shown.filter((_, at) => at !== index))}
            >
              {t('forms.removeRow', { index: index + 1 })}
            </button>
          )}
        </div>
      ))}
      {shown.length < kind.maxRows && (
        <button type="button" className="button button-small" onClick={() => onChange([...shown, emptyRow(kind.columns)])}>
          {t('forms.addRow')}
        </button>
      )}
    </fieldset>
  );
}

function PartControls({
  parts,
  row,
  onChange,
  partLabel,
  optionLabel,
  prefix,
  scope,
}: {
  parts: Parts;
  row: Row;
  onChange: (row: unknown) => void;
  partLabel: (part: string) => string;
  optionLabel: (part: string, option: string) => string;
  prefix: string;
  scope: string;
}) {
  const set = (key: string, next: unknown) => onChange({ ...row, [key]: next });
  const present = !('present' in row) || Boolean(row.present);
  return (
    <div className="form-row-parts">
      {parts.map(({ key, field }) => {
        if (key !== 'present' && !present) return null;
        if (field.kind === 'flag')
          return (
            <FlagBox
              key={key}
              id={`${scope}-${key}`}
              label={partLabel(key)}
              value={Boolean(row[key])}
              onChange={(next) => set(key, next)}
            />
          );
        if (field.kind === 'choice')
          return (
            <RadioGroup
              key={key}
              id={`${scope}-${key}`}
              legend={partLabel(key)}
              options={field.options}
              labelOf={(option) => optionLabel(key, option)}
              value={(row[key] as string | null) ?? null}
              onChange={(next) => set(key, next)}
            />
          );
        return (
          <FormField key={key} label={`${prefix}${partLabel(key)}`} className="field">
            {(control) => <ScalarInput kind={field} value={row[key]} onChange={(next) => set(key, next)} control={control} />}
          </FormField>
        );
      })}
    </div>
  );
}
