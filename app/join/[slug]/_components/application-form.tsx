'use client';
/** Step one of 施設登録申請: the facility, its contact person and the account they will sign in with. */
import { useId, useRef, type FormEvent } from 'react';
import { facilityKinds, professions } from '@/lib/domain/roles';
import { prefectures } from '@/lib/domain/prefectures';
import { passwordMinLength } from '@/lib/schemas/password';
import type { FacilityApplication } from '@/lib/schemas/application';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField, type TextFieldProps } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { ChoiceField } from './choice-field';
import { checkApplicationForm, type FieldProblems, type FormValues } from './application-values';

type ChoiceName = 'prefecture' | 'kind' | 'profession';
type TextName = Exclude<keyof FormValues, 'agreedToTerms' | ChoiceName>;

interface Props {
  values: FormValues;
  problems: FieldProblems;
  onChange: (values: FormValues) => void;
  onProblems: (problems: FieldProblems) => void;
  onReview: (application: FacilityApplication) => void;
}

export function ApplicationForm({ values, problems, onChange, onProblems, onReview }: Props) {
  const { t } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const agreeId = useId();
  const set = (name: keyof FormValues) => (value: string | boolean) => onChange({ ...values, [name]: value });
  const text = (name: TextName, extra: Partial<TextFieldProps> = {}) => (
    <FormField
      label={t(`join.field.${name}`)}
      mark={extra.required === false ? 'optional' : 'required'}
      value={values[name]}
      onChange={set(name)}
      problem={problems[name]}
      name={name}
      required
      autoComplete="off"
      {...extra}
    />
  );
  const choices: Record<ChoiceName, Array<{ value: string; label: string }>> = {
    prefecture: prefectures.map((name) => ({ value: name, label: name })),
    kind: facilityKinds.map((kind) => ({ value: kind, label: t(`facilityKind.${kind}`) })),
    profession: professions.map((profession) => ({ value: profession, label: t(`profession.${profession}`) })),
  };
  const choice = (name: ChoiceName) => (
    <ChoiceField
      label={t(`join.field.${name}`)}
      name={name}
      value={values[name]}
      onChange={set(name)}
      problem={problems[name]}
      options={choices[name]}
    />
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkApplicationForm(values);
    if (!checked.ok) {
      onProblems(checked.problems);
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    onProblems({});
    onReview(checked.application);
  }

  const problemCount = Object.keys(problems).length;
  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate aria-labelledby="application-heading">
      <h2 id="application-heading">{t('join.formTitle')}</h2>
      <p className="hint">{t('join.formLead')}</p>
      <ErrorAlert>{problemCount > 0 && t('form.problems', { count: problemCount })}</ErrorAlert>
      <fieldset className="card form-section">
        <legend>{t('join.section.facility')}</legend>
        {text('facilityName')}
        {text('facilityNameKana', { required: false, hint: t('join.hint.kana') })}
        {choice('prefecture')}
        {text('municipality', { hint: t('join.hint.municipality') })}
        {choice('kind')}
      </fieldset>
      <fieldset className="card form-section">
        <legend>{t('join.section.contact')}</legend>
        {text('contactFamilyName', { autoComplete: 'family-name' })}
        {text('contactGivenName', { autoComplete: 'given-name' })}
        {text('contactFamilyNameKana', { hint: t('join.hint.kana') })}
        {text('contactGivenNameKana', { hint: t('join.hint.kana') })}
        {choice('profession')}
        {text('email', { type: 'email', autoComplete: 'email', inputMode: 'email', hint: t('join.hint.email') })}
        {text('emailConfirm', { type: 'email', autoComplete: 'email', inputMode: 'email', hint: t('join.hint.emailConfirm') })}
      </fieldset>
      <fieldset className="card form-section">
        <legend>{t('join.section.account')}</legend>
        {text('loginId', { autoComplete: 'username', autoCapitalize: 'none', spellCheck: false, hint: t('join.hint.loginId') })}
        {text('password', {
          type: 'password',
          autoComplete: 'new-password',
          hint: t('password.rules', { min: passwordMinLength.singleFactor }),
        })}
      </fieldset>
      <div className="field">
        <label className="checkbox" htmlFor={agreeId}>
          <input
            id={agreeId}
            type="checkbox"
            checked={values.agreedToTerms}
            onChange={(event) => set('agreedToTerms')(event.target.checked)}
            aria-invalid={problems.agreedToTerms ? true : undefined}
            aria-describedby={problems.agreedToTerms ? `${agreeId}-problem` : undefined}
          />
          {t('join.field.agreedToTerms')}
        </label>
        {problems.agreedToTerms && (
          <p className="field-problem" id={`${agreeId}-problem`}>
            {t(problems.agreedToTerms.key)}
          </p>
        )}
      </div>
      <div className="row">
        <button type="submit" className="button button-primary">
          {t('join.next')}
        </button>
      </div>
    </form>
  );
}
