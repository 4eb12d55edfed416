'use client';
/** A labelled input with its hint and its problem, wired for screen readers. */
import { useId, type InputHTMLAttributes } from 'react';
import { useI18n } from '@/app/_lib/i18n';
import type { FieldProblem } from './patient-form-values';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: FieldProblem;
  hint?: string;
  multiline?: boolean;
}

export function FormField({ label, value, onChange, problem, hint, multiline, required, ...input }: Props) {
  const { t } = useI18n();
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  const common = { id, value, required, 'aria-invalid': problem ? true : undefined, 'aria-describedby': describedBy } as const;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark"> {t('form.requiredMark')}</span>
        ) : (
          <span className="optional-mark"> {t('form.optionalMark')}</span>
        )}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} {...input} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p className="field-problem" id={`${id}-problem`}>
          {t(problem.key, problem.params)}
        </p>
      )}
    </div>
  );
}
