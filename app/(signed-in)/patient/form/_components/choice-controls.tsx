'use client';
/**
 * The official choices as touch targets of at least 44 px: one (radio buttons, with a way to clear
 * them, which a radio group lacks) or several (check boxes), and a single yes/no box.
 */
import type { ReactNode } from 'react';
import { useI18n } from '@/app/_lib/i18n';

interface ChoiceProps {
  id: string;
  legend: ReactNode;
  options: string[];
  labelOf: (option: string) => string;
  describedBy?: string;
  invalid?: boolean;
}

export function RadioGroup({
  id,
  legend,
  options,
  labelOf,
  value,
  onChange,
  describedBy,
  invalid,
  clearable = true,
}: ChoiceProps & {
  value: string | null;
  onChange: (value: string | null) => void;
  /** A form's choice may be taken back; a setting (the period shown) always has one. */
  clearable?: boolean;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="choice-group" id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend>{legend}</legend>
      <div className="choice-options">
        {options.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={id} value={option} checked={value === option} onChange={() => onChange(option)} />
            <span>{labelOf(option)}</span>
          </label>
        ))}
        {clearable && value !== null && (
          <button type="button" className="button button-small button-quiet" onClick={() => onChange(null)}>
            {t('forms.clearChoice')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

export function CheckGroup({
  id,
  legend,
  options,
  labelOf,
  value,
  onChange,
  describedBy,
  invalid,
}: ChoiceProps & {
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const toggle = (option: string, on: boolean) =>
    onChange(on ? options.filter((known) => known === option || value.includes(known)) : value.filter((chosen) => chosen !== option));
  return (
    <fieldset className="choice-group" id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
      <legend>{legend}</legend>
      <div className="choice-options">
        {options.map((option) => (
          <label key={option} className="choice">
            <input type="checkbox" checked={value.includes(option)} onChange={(event) => toggle(option, event.target.checked)} />
            <span>{labelOf(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function FlagBox({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: ReactNode;
  value: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <label className="choice choice-single" id={id}>
      <input type="checkbox" checked={value} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
