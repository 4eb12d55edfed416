'use client';
/** Sex as a radio group: four large choices, no hidden menu. */
import { useId } from 'react';
import { sexes } from '@/lib/schemas/patient';
import { useI18n } from '@/app/_lib/i18n';
import { FieldMark, type FieldProblem } from '@/app/_components/form-field';

export function SexField({ value, onChange, problem }: { value: string; onChange: (value: string) => void; problem?: FieldProblem }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset
      className="field choice-group"
      aria-describedby={problem ? `${id}-problem` : undefined}
      aria-invalid={problem ? true : undefined}
    >
      <legend>
        {t('register.sex')}
        <FieldMark mark="required" />
      </legend>
      <div className="row">
        {sexes.map((sex) => (
          <label key={sex} className="checkbox choice">
            <input type="radio" name={`${id}-sex`} value={sex} checked={value === sex} onChange={() => onChange(sex)} />
            {t(`sex.${sex}`)}
          </label>
        ))}
      </div>
      {problem && (
        <p className="field-problem" id={`${id}-problem`}>
          {t(problem.key, problem.params)}
        </p>
      )}
    </fieldset>
  );
}
