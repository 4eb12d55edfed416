'use client';
/** A labelled select with its problem, for the application's prefecture, kind and profession. */
import { FormField, type FieldProblem } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';

interface Props {
  label: string;
  name: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
  problem?: FieldProblem;
}

export function ChoiceField({ label, name, value, options, onChange, problem }: Props) {
  const { t } = useI18n();
  return (
    <FormField label={label} mark="required" problem={problem}>
      {(control) => (
        <select {...control} name={name} value={value} required onChange={(event) => onChange(event.target.value)}>
          <option value="">{t('join.choose')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
