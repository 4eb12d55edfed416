import { describe, expect, it } from 'vitest';
import { formTemplateIds, type FormTemplateId } from '@/lib/domain/form-templates';
import type { Profession } from '@/lib/domain/roles';
import { canAuthorForm, canSeeForm, canSeeObservation, type FormFacts } from '@/server/policy/form-access';

describe('canSeeForm', () => {
  const cases: Array<[string, FormFacts, string, boolean]> = [
    ['a finalised form, to a teammate', { authorId: 'nurse', status: 'final' }, 'doctor', true],
    ['a draft, to its author', { authorId: 'nurse', status: 'draft' }, 'nurse', true],
    ['a draft, to a teammate', { authorId: 'nurse', status: 'draft' }, 'doctor', false],
    ['a discarded draft, to its author', { authorId: 'nurse', status: 'discarded' }, 'nurse', true],
    ['a discarded draft, to a teammate', { authorId: 'nurse', status: 'discarded' }, 'doctor', false],
  ];
  it.each(cases)('%s', (_name, form, userId, expected) => {
    expect(canSeeForm(userId, form)).toBe(expected);
  });
});

describe('canAuthorForm', () => {
  const table: Array<[Profession, FormTemplateId[]]> = [
    ['doctor', ['visitingNursingInstruction', 'physicianOpinion']],
    ['nurse', ['visitingNursingPlan', 'visitingNursingReport']],
    ['publicHealthNurse', ['visitingNursingPlan', 'visitingNursingReport']],
    ['pt', ['visitingNursingPlan', 'visitingNursingReport']],
    ['careManager', []],
    ['pharmacist', []],
  ];
  it.each(table)('%s writes %j', (profession, templates) => {
    expect(formTemplateIds.filter((template) => canAuthorForm(profession, template))).toEqual(templates);
  });
});

describe('canSeeObservation', () => {
  it('follows the audience of the post it was written with, or the team without one', () => {
    expect(canSeeObservation('doctor', null)).toBe(true);
    expect(canSeeObservation('doctor', { authorId: 'nurse', visibility: 'team', recipientIds: [] })).toBe(true);
    expect(canSeeObservation('doctor', { authorId: 'nurse', visibility: 'private', recipientIds: ['doctor'] })).toBe(true);
    expect(canSeeObservation('pharmacist', { authorId: 'nurse', visibility: 'private', recipientIds: ['doctor'] })).toBe(false);
  });
});
