'use client';
/**
 * A patient's record as a form, for registering and for editing: checked on the device with the
 * server's schema, then sent (both need a connection: the server keeps the record).
 */
import { useRef, useState, type FormEvent } from 'react';
import type { PatientFields } from '@/lib/schemas/patient';
import { ErrorAlert } from '@/app/_components/error-alert';
import { FormField, type TextFieldProps } from '@/app/_components/form-field';
import { useI18n } from '@/app/_lib/i18n';
import { useOnline } from '@/app/_lib/use-online';
import { checkPatientForm, type FieldName, type FieldProblems, type FormValues } from './patient-form-values';
import { SexField } from './sex-field';

export interface PatientFormProps {
  initial: FormValues;
  /** Consent is on file: it may be corrected, not removed. */
  consentRecorded?: boolean;
  submitLabel: string;
  submittingLabel: string;
  offlineNotice: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: PatientFields) => void;
}

export function PatientForm({
  initial,
  consentRecorded = false,
  submitLabel,
  submittingLabel,
  offlineNotice,
  pending,
  error,
  onSubmit,
}: PatientFormProps) {
  const { t } = useI18n();
  const online = useOnline();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>(initial);
  const [problems, setProblems] = useState<FieldProblems>({});

  const set = (name: FieldName) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const field = (name: FieldName, label: string, extra: Partial<TextFieldProps> = {}) => (
    <FormField
      label={label}
      mark={extra.required ? 'required' : 'optional'}
      value={values[name]}
      onChange={set(name)}
      problem={problems[name]}
      name={name}
      {...extra}
    />
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkPatientForm(values, { consentRecorded });
    if (!checked.ok) {
      setProblems(checked.problems);
      // Let the problems render, then take the user to the first one.
      requestAnimationFrame(() =>
        form.current
          ?.querySelector<HTMLElement>('[aria-invalid="true"] input, input[aria-invalid="true"], textarea[aria-invalid="true"]')
          ?.focus(),
      );
      return;
    }
    setProblems({});
    onSubmit(checked.input);
  }

  const problemCount = Object.keys(problems).length;
  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate>
      {!online && <p className="alert alert-warning">{offlineNotice}</p>}
      <ErrorAlert>{problemCount > 0 && t('form.problems', { count: problemCount })}</ErrorAlert>
      <fieldset className="card form-section">
        <legend>{t('register.section.person')}</legend>
        {field('name', t('register.name'), { required: true, autoComplete: 'off' })}
        {field('nameKana', t('register.nameKana'), { required: true, autoComplete: 'off', hint: t('register.nameKanaHint') })}
        {field('birthDate', t('register.birthDate'), { required: true, type: 'date' })}
        <SexField value={values.sex} onChange={set('sex')} problem={problems.sex} />
      </fieldset>
      <fieldset className="card form-section">
        <legend>{t('register.section.contact')}</legend>
        {field('address', t('register.address'), { autoComplete: 'off' })}
        {field('phone', t('register.phone'), { type: 'tel', autoComplete: 'off' })}
        {field('keyPersonName', t('register.keyPersonName'), { autoComplete: 'off' })}
        {field('keyPersonRelation', t('register.keyPersonRelation'), { autoComplete: 'off', hint: t('register.keyPersonRelationHint') })}
        {field('keyPersonPhone', t('register.keyPersonPhone'), { type: 'tel', autoComplete: 'off' })}
      </fieldset>
      <fieldset className="card form-section">
        <legend>{t('register.section.sharing')}</legend>
        {field('consentObtainedOn', t('register.consent'), {
          type: 'date',
          hint: consentRecorded ? t('patientForm.consentStaysHint') : t('register.consentHint'),
        })}
        {field('notes', t('register.notes'), { rows: 3, hint: t('register.notesHint') })}
      </fieldset>
      <ErrorAlert error={error} />
      <div className="row">
        <button type="submit" className="button button-primary" disabled={!online || pending}>
          {pending ? submittingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
