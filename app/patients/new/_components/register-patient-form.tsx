'use client';
/** The registration form; checked on the device with the server's schema, then sent with patients.register. */
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { clientErrorOf } from '@/app/_lib/app-error-of';
import { describeError } from '@/app/_lib/describe-error';
import { useI18n } from '@/app/_lib/i18n';
import { useTRPC } from '@/app/_lib/trpc';
import { useOnline } from '@/app/_lib/use-online';
import { FormField } from './form-field';
import { checkPatientForm, emptyValues, type FieldName, type FieldProblems, type FormValues } from './patient-form-values';
import { SexField } from './sex-field';

export function RegisterPatientForm() {
  const { t, locale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const online = useOnline();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<FormValues>(emptyValues);
  const [problems, setProblems] = useState<FieldProblems>({});
  const register = useMutation(trpc.patients.register.mutationOptions({ onSuccess: ({ id }) => router.push(`/patient?id=${id}`) }));

  const set = (name: FieldName) => (value: string) => setValues((current) => ({ ...current, [name]: value }));
  const field = (name: FieldName, label: string, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField label={label} value={values[name]} onChange={set(name)} problem={problems[name]} name={name} {...extra} />
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    register.reset();
    const checked = checkPatientForm(values);
    if (!checked.ok) {
      setProblems(checked.problems);
      // Let the problems render, then take the user to the first one.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"] input, input[aria-invalid="true"], textarea[aria-invalid="true"]')?.focus());
      return;
    }
    setProblems({});
    register.mutate(checked.input);
  }

  const problemCount = Object.keys(problems).length;
  return (
    <form ref={form} className="stack" onSubmit={submit} noValidate>
      {!online && <p className="alert alert-warning">{t('register.needsConnection')}</p>}
      {problemCount > 0 && <p className="alert alert-error" role="alert">{t('form.problems', { count: problemCount })}</p>}
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
        {field('consentObtainedOn', t('register.consent'), { type: 'date', hint: t('register.consentHint') })}
        {field('notes', t('register.notes'), { multiline: true, hint: t('register.notesHint') })}
      </fieldset>
      {register.error && (
        <p className="alert alert-error" role="alert">
          {describeError(clientErrorOf(register.error), locale)}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={!online || register.isPending}>
          {register.isPending ? t('register.submitting') : t('register.submit')}
        </button>
      </div>
    </form>
  );
}
