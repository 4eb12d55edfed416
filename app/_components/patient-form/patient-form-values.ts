/**
 * The patient form's values as typed, checked with the same schema the server uses
 * (patientFields), and each problem turned into a message key for the field it belongs to.
 */
import type { z } from 'zod';
import { patientFields, type PatientDoc, type PatientFields } from '@/lib/schemas/patient';
import type { FieldProblem } from '@/app/_components/form-field';
import { todayInJapan } from '@/app/(signed-in)/patient/_lib/age';

export type FormValues = Record<Exclude<keyof PatientFields, 'sex' | 'consentObtainedOn'>, string> & {
  sex: string;
  consentObtainedOn: string;
};
export type FieldName = keyof FormValues;
export type FieldProblems = Partial<Record<FieldName, FieldProblem>>;

const fieldNames = patientFields.keyof().options;

export const emptyValues = Object.fromEntries(fieldNames.map((name) => [name, ''])) as FormValues;

function problemOf(field: FieldName, value: string, issue: z.core.$ZodIssue): FieldProblem {
  if (issue.code === 'too_small' || !value.trim()) return { key: 'form.required' };
  if (issue.code === 'too_big') return { key: 'form.tooLong', params: { max: Number(issue.maximum) } };
  if (issue.code === 'invalid_value') return { key: 'form.choose' };
  if (field === 'nameKana') return { key: 'register.kanaOnly' };
  if (field === 'birthDate' || field === 'consentObtainedOn') return { key: 'form.invalidDate' };
  return { key: 'form.invalid' };
}

/** A record's values as the form shows them, for editing. */
export function valuesOf(patient: PatientDoc): FormValues {
  return Object.fromEntries(fieldNames.map((name) => [name, patient[name] ?? ''])) as FormValues;
}

/** `consentRecorded`: consent is on file already, and may be corrected but not removed. */
export function checkPatientForm(
  values: FormValues,
  { consentRecorded = false } = {},
): { ok: true; input: PatientFields } | { ok: false; problems: FieldProblems } {
  const parsed = patientFields.safeParse({ ...values, consentObtainedOn: values.consentObtainedOn || null });
  const problems: FieldProblems = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as FieldName;
      problems[field] ??= problemOf(field, values[field] ?? '', issue);
    }
  }
  const today = todayInJapan();
  if (values.birthDate && !problems.birthDate && values.birthDate > today) problems.birthDate = { key: 'register.birthInFuture' };
  if (consentRecorded && !values.consentObtainedOn) problems.consentObtainedOn = { key: 'patientForm.consentStays' };
  if (values.consentObtainedOn && !problems.consentObtainedOn && values.consentObtainedOn > today)
    problems.consentObtainedOn = { key: 'register.consentInFuture' };
  if (!parsed.success || Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, input: parsed.data };
}
