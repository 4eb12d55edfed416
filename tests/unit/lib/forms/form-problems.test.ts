import { describe, expect, it } from 'vitest';
import { formTemplateIds } from '@/lib/domain/form-templates';
import { findFormProblems, isBlank } from '@/lib/forms/form-problems';
import { labelKeysOf } from '@/lib/forms/label-keys';
import { emptyFormContent, parseFormContent } from '@/lib/forms/templates';
import { instructionEndOf } from '@/lib/forms/templates/instruction';
import { translate } from '@/lib/i18n/catalogue';
import { ja } from '@/lib/i18n/messages/ja';
import { en } from '@/lib/i18n/messages/en';

const report = (fields: Record<string, unknown>) => ({ ...emptyFormContent('visitingNursingReport'), ...fields });
const filledReport = report({
  patientName: '山田 花子',
  birthDate: '1938-04-12',
  reportMonth: '2026-11',
  course: '安定',
  careContent: '清拭',
  authorName: '佐々木 由美',
  authorProfession: 'nurse',
  reportedOn: '2026-11-30',
  stationName: 'みどり訪問看護ステーション',
  addressee: '青木 誠',
});

describe('form templates', () => {
  it.each(formTemplateIds)('%s: every label, choice, column and section has a message in both languages', (template) => {
    const keys = labelKeysOf(template);
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.filter((key) => !(key in ja))).toEqual([]);
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  it.each(formTemplateIds)('%s: an empty form is storable, and its content survives a round trip', (template) => {
    const empty = emptyFormContent(template);
    expect(parseFormContent(template, empty)).toEqual(empty);
    expect(parseFormContent(template, { ...empty, injected: 'x' })).toEqual(empty);
  });

  it('refuses content of the wrong shape, yet stores a half-typed draft', () => {
    expect(parseFormContent('visitingNursingReport', { course: 42 })).toBeNull();
    expect(parseFormContent('visitingNursingInstruction', { diseases: [{ name: '心不全', code: '123' }] })).not.toBeNull();
  });
});

describe('findFormProblems', () => {
  it('names the empty required fields in the order they are laid out', () => {
    const problems = findFormProblems('visitingNursingReport', report({ course: '安定' }));
    expect(problems.map((problem) => problem.key)).toEqual([
      'patientName',
      'birthDate',
      'reportMonth',
      'careContent',
      'authorName',
      'authorProfession',
      'reportedOn',
      'stationName',
      'addressee',
    ]);
    expect(problems[0]?.message).toBe('forms.problem.required');
  });

  it('has nothing to say of a complete report', () => {
    expect(findFormProblems('visitingNursingReport', filledReport)).toEqual([]);
  });

  it('wants the drip period and instructions only when the drip instruction is circled', () => {
    const base = {
      ...emptyFormContent('visitingNursingInstruction'),
      kinds: ['nursing'],
      instructionStart: '2026-11-01',
      patientName: '山田 花子',
      birthDate: '1938-04-12',
      diseases: [{ name: '慢性心不全', code: '4289003' }],
      condition: '安定',
      emergencyContact: 'みどり在宅クリニック 042-000-0000',
      issuedOn: '2026-11-01',
      clinicName: 'みどり在宅クリニック',
      clinicPhone: '042-000-0000',
      doctorName: '青木 誠',
      addressee: 'みどり訪問看護ステーション',
    };
    expect(findFormProblems('visitingNursingInstruction', base)).toEqual([]);
    const drip = findFormProblems('visitingNursingInstruction', { ...base, kinds: ['nursing', 'drip'] });
    expect(drip.map((problem) => problem.key)).toEqual(['dripStart', 'dripEnd', 'dripInstructions']);
    const long = findFormProblems('visitingNursingInstruction', {
      ...base,
      kinds: ['nursing', 'drip'],
      instructionEnd: '2027-05-01',
      dripStart: '2026-11-01',
      dripEnd: '2026-11-08',
      dripInstructions: '生理食塩水 500mL',
      diseases: [{ name: '慢性心不全', code: '42890' }],
    });
    expect(long.map((problem) => [problem.key, problem.message])).toEqual([
      ['instructionEnd', 'forms.problem.longerThanMonths'],
      ['dripEnd', 'forms.problem.longerThanDays'],
      ['diseases', 'forms.problem.diseaseCode'],
    ]);
  });

  it('refuses numbers outside their plausible range, naming the range, only where the field is shown', () => {
    const instruction = (fields: Record<string, unknown>) =>
      findFormProblems('visitingNursingInstruction', {
        ...emptyFormContent('visitingNursingInstruction'),
        devices: ['oxygen', 'enteral', 'catheter'],
        ...fields,
      }).filter((problem) => problem.message === 'forms.problem.outOfRange');
    const plausible = { oxygenFlow: 2, tubeExchangeDays: 120, catheterExchangeDays: 28, rehabMinutes: 40, rehabTimesPerWeek: 2 };
    expect(instruction(plausible)).toEqual([]);
    // The edges are allowed.
    expect(
      instruction({ oxygenFlow: 15, tubeExchangeDays: 1, catheterExchangeDays: 365, rehabMinutes: 240, rehabTimesPerWeek: 14 }),
    ).toEqual([]);
    const wrong = instruction({
      oxygenFlow: 150,
      tubeExchangeDays: 0,
      catheterExchangeDays: 1000,
      rehabMinutes: 4000,
      rehabTimesPerWeek: 30,
    });
    expect(wrong.map((problem) => [problem.key, problem.params])).toEqual([
      ['oxygenFlow', { min: 0.1, max: 15 }],
      ['tubeExchangeDays', { min: 1, max: 365 }],
      ['catheterExchangeDays', { min: 1, max: 365 }],
      ['rehabMinutes', { min: 1, max: 240 }],
      ['rehabTimesPerWeek', { min: 1, max: 14 }],
    ]);
    // A device not ticked is not printed: its leftover number does not stop finalising.
    expect(instruction({ ...plausible, devices: [], oxygenFlow: 150 })).toEqual([]);

    const opinion = (fields: Record<string, unknown>) =>
      findFormProblems('physicianOpinion', { ...emptyFormContent('physicianOpinion'), ...fields }).filter(
        (problem) => problem.message === 'forms.problem.outOfRange',
      );
    expect(opinion({ height: 152, weight: 48.5 })).toEqual([]);
    expect(opinion({ height: 1520, weight: 485 }).map((problem) => [problem.key, problem.params])).toEqual([
      ['height', { min: 50, max: 250 }],
      ['weight', { min: 2, max: 300 }],
    ]);
    // The message names the range, in both languages.
    const [height] = opinion({ height: 1520 });
    expect(
      translate('en', 'forms.cannotFinalise', { field: 'Height, cm', problem: translate('en', height!.message, height!.params) }),
    ).toBe('Cannot finalise: “Height, cm” must be between 50 and 250.');
    expect(translate('ja', height!.message, height!.params)).toBe('は50〜250の範囲で入力してください。');
  });

  it('counts a table as empty when all its rows are', () => {
    expect(isBlank([{ name: ' ', code: '' }])).toBe(true);
    expect(isBlank([{ name: '心不全', code: '' }])).toBe(false);
    expect(isBlank(false)).toBe(true);
    expect(isBlank(0)).toBe(false);
  });
});

describe('instructionEndOf', () => {
  it('is the written end, else one month from the start (the month’s last day when the date does not exist)', () => {
    expect(instructionEndOf({ instructionStart: '2026-11-15', instructionEnd: '2027-01-14' })).toBe('2027-01-14');
    expect(instructionEndOf({ instructionStart: '2026-11-15', instructionEnd: null })).toBe('2026-12-14');
    expect(instructionEndOf({ instructionStart: '2027-01-31', instructionEnd: null })).toBe('2027-02-28');
    expect(instructionEndOf({ instructionStart: null, instructionEnd: null })).toBeNull();
  });
});
