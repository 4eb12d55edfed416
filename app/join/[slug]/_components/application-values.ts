/**
 * The application form's values as typed, checked with the schema the server uses
 * (facilityApplicationInput), each problem turned into a message for its field.
 */
import type { z } from 'zod';
import { findPasswordProblems, passwordMinLength } from '@/lib/schemas/password';
import { facilityApplicationInput, type ApplicationField, type FacilityApplication } from '@/lib/schemas/application';
import type { FieldProblem } from '@/app/_components/form-field';

export type FormValues = Record<Exclude<ApplicationField, 'agreedToTerms'>, string> & { agreedToTerms: boolean };
export type FieldProblems = Partial<Record<ApplicationField, FieldProblem>>;

export const emptyValues: FormValues = {
  facilityName: '',
  facilityNameKana: '',
  prefecture: '',
  municipality: '',
  kind: '',
  contactFamilyName: '',
  contactGivenName: '',
  contactFamilyNameKana: '',
  contactGivenNameKana: '',
  profession: '',
  email: '',
  emailConfirm: '',
  loginId: '',
  password: '',
  agreedToTerms: false,
};

const kanaFields = new Set<ApplicationField>(['facilityNameKana', 'contactFamilyNameKana', 'contactGivenNameKana']);
const choiceFields = new Set<ApplicationField>(['prefecture', 'kind', 'profession']);

function problemOf(field: ApplicationField, values: FormValues, issue: z.core.$ZodIssue): FieldProblem {
  const value = values[field];
  if (field === 'agreedToTerms') return { key: 'join.problem.agree' };
  if (choiceFields.has(field)) return { key: 'form.choose' };
  if (typeof value === 'string' && !value.trim()) return { key: 'form.required' };
  if (issue.code === 'too_big') return { key: 'form.tooLong', params: { max: Number(issue.maximum) } };
  if (kanaFields.has(field)) return { key: 'join.problem.kanaOnly' };
  if (field === 'email') return { key: 'join.problem.email' };
  if (field === 'emailConfirm') return { key: 'join.problem.emailMismatch' };
  if (field === 'loginId') return { key: 'join.problem.loginId' };
  if (field === 'password') {
    const [first = 'tooShort'] = findPasswordProblems(values.password);
    return { key: `password.problem.${first}`, params: { min: passwordMinLength.singleFactor } };
  }
  return { key: 'form.invalid' };
}

export function checkApplicationForm(
  values: FormValues,
): { ok: true; application: FacilityApplication } | { ok: false; problems: FieldProblems } {
  const parsed = facilityApplicationInput.safeParse(values);
  if (parsed.success) return { ok: true, application: parsed.data };
  const problems: FieldProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as ApplicationField;
    problems[field] ??= problemOf(field, values, issue);
  }
  return { ok: false, problems };
}
