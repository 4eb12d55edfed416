'use client';
/** A labelled select with its problem, for the application's prefecture, kind and profession. */
import { useId } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import type { FieldProblem } from '@/app/_components/patient-form/patient-form-values';

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
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <span className="required-mark"> {t('form.requiredMark')}</span>
      </label>
      <select
        id={id}
        name={name}
        value={value}
        required
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
      >
        <option value="">{t('join.choose')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {problem && (
        <p className="field-problem" id={`${id}-problem`}>
          {t(problem.key, problem.params)}
        </p>
      )}
    </div>
  );
}
