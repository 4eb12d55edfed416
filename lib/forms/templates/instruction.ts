/**
 * 訪問看護指示書 ／ 在宅患者訪問点滴注射指示書 (別紙様式16, 令和6年度): FORMS.md §1. One sheet for
 * both; the physician circles one or both. The instruction lasts at most six months (one month
 * when no end is written), the drip instruction at most seven days.
 */
import { z } from 'zod';
import { addDays, lastDayAfterMonths } from '@/lib/forms/calendar-days';
import { amount, choice, choices, date, rows, text } from '@/lib/forms/content-fields';
import { bedriddenLevels, careLevels, dementiaLevels, yesNo } from '@/lib/forms/choices';
import type { FieldProblem, FormTemplate } from '@/lib/forms/form-layout';
import { measureSpecs } from '@/lib/vitals/vital-measures';

export const instructionKinds = ['nursing', 'drip'] as const;
export const pressureUlcerDepths = ['npuap3', 'npuap4', 'd3', 'd4', 'd5'] as const;
/** 装着・使用医療機器等, the thirteen numbered items (§1.2). */
export const medicalDevices = [
  'peritonealDialysis',
  'dialysisSupply',
  'oxygen',
  'suction',
  'centralVenous',
  'infusionPump',
  'enteral',
  'catheter',
  'ventilator',
  'trachealCannula',
  'colostomy',
  'urostomy',
  'other',
] as const;

export const instructionContent = z.object({
  kinds: choices(instructionKinds),
  instructionStart: date(),
  instructionEnd: date(),
  dripStart: date(),
  dripEnd: date(),
  patientName: text(100),
  birthDate: date(),
  patientAddress: text(300),
  patientPhone: text(40),
  /** 主たる傷病名 (1)–(3) with the 7-digit 傷病名コード added in 令和6年. */
  diseases: rows({ name: text(100), code: text(7) }, 3),
  condition: text(2000),
  /** 投与中の薬剤の用量・用法 1.–6. */
  medications: rows({ name: text(100), dose: text(20), unit: text(20), usage: text(100) }, 6),
  bedridden: choice(bedriddenLevels),
  dementia: choice(dementiaLevels),
  careLevel: choice(careLevels),
  pressureUlcerDepth: choice(pressureUlcerDepths),
  devices: choices(medicalDevices),
  oxygenFlow: amount(),
  tubeRoute: choice(['nasal', 'gastrostomy'] as const),
  tubeSize: text(20),
  tubeExchangeDays: amount(),
  catheterSite: text(50),
  catheterSize: text(20),
  catheterExchangeDays: amount(),
  ventilatorMode: choice(['positive', 'negative'] as const),
  ventilatorSettings: text(100),
  cannulaSize: text(20),
  otherDevice: text(100),
  lifeNotes: text(2000),
  rehabMinutes: amount(),
  rehabTimesPerWeek: amount(),
  woundCare: text(1000),
  deviceCare: text(1000),
  otherInstructions: text(1000),
  dripInstructions: text(400),
  emergencyContact: text(200),
  absenceResponse: text(200),
  specialNotes: text(1000),
  otherStation: choice(yesNo),
  otherStationName: text(100),
  suctionAgency: choice(yesNo),
  suctionAgencyName: text(100),
  issuedOn: date(),
  clinicName: text(100),
  clinicAddress: text(300),
  clinicPhone: text(40),
  clinicFax: text(40),
  doctorName: text(100),
  addressee: text(100),
});
export type InstructionContent = z.infer<typeof instructionContent>;

const drip = (content: InstructionContent) => content.kinds.includes('drip');
const device = (name: (typeof medicalDevices)[number]) => (content: InstructionContent) => content.devices.includes(name);
/** A tube or catheter changed every 1 to 365 days (a gastrostomy button lasts months, a catheter weeks). */
const exchangeDays = [1, 365] as const;

/** The last day the instruction covers: as written, else one month from its start (FORMS.md §1). */
export function instructionEndOf(content: Pick<InstructionContent, 'instructionStart' | 'instructionEnd'>): string | null {
  if (!content.instructionStart) return null;
  return content.instructionEnd ?? lastDayAfterMonths(content.instructionStart, 1);
}

function checks(content: InstructionContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { instructionStart: start, instructionEnd: end, dripStart, dripEnd } = content;
  if (start && end && end < start) problems.push({ key: 'instructionEnd', message: 'forms.problem.endBeforeStart' });
  else if (start && end && end > lastDayAfterMonths(start, 6))
    problems.push({ key: 'instructionEnd', message: 'forms.problem.longerThanMonths', params: { count: 6 } });
  if (drip(content) && dripStart && dripEnd) {
    if (dripEnd < dripStart) problems.push({ key: 'dripEnd', message: 'forms.problem.endBeforeStart' });
    else if (dripEnd > addDays(dripStart, 6))
      problems.push({ key: 'dripEnd', message: 'forms.problem.longerThanDays', params: { count: 7 } });
  }
  if (content.diseases.some((disease) => disease.code !== '' && !/^\d{7}$/.test(disease.code)))
    problems.push({ key: 'diseases', message: 'forms.problem.diseaseCode' });
  return problems;
}

export const instructionTemplate: FormTemplate<InstructionContent> = {
  id: 'visitingNursingInstruction',
  prefix: 'instructionForm',
  content: instructionContent,
  period: (content) => {
    const end = instructionEndOf(content);
    return content.instructionStart && end ? { start: content.instructionStart, end } : null;
  },
  checks,
  sections: [
    {
      id: 'kind',
      fields: [
        { key: 'kinds', required: true },
        { key: 'instructionStart', required: true },
        { key: 'instructionEnd', hint: true },
        { key: 'dripStart', when: drip, required: drip },
        { key: 'dripEnd', when: drip, required: drip },
      ],
    },
    {
      id: 'patient',
      fields: [
        { key: 'patientName', required: true },
        { key: 'birthDate', required: true },
        { key: 'patientAddress' },
        { key: 'patientPhone' },
      ],
    },
    {
      id: 'condition',
      fields: [
        { key: 'diseases', required: true },
        { key: 'condition', rows: 4, required: true },
        { key: 'medications' },
        { key: 'bedridden', choices: 'bedridden' },
        { key: 'dementia', choices: 'dementia' },
        { key: 'careLevel', choices: 'careLevel' },
        { key: 'pressureUlcerDepth', hint: true },
      ],
    },
    {
      id: 'devices',
      fields: [
        { key: 'devices' },
        { key: 'oxygenFlow', when: device('oxygen'), range: measureSpecs.oxygenFlow.plausible },
        { key: 'tubeRoute', when: device('enteral') },
        { key: 'tubeSize', when: device('enteral') },
        { key: 'tubeExchangeDays', when: device('enteral'), range: exchangeDays },
        { key: 'catheterSite', when: device('catheter') },
        { key: 'catheterSize', when: device('catheter') },
        { key: 'catheterExchangeDays', when: device('catheter'), range: exchangeDays },
        { key: 'ventilatorMode', when: device('ventilator') },
        { key: 'ventilatorSettings', when: device('ventilator') },
        { key: 'cannulaSize', when: device('trachealCannula') },
        { key: 'otherDevice', when: device('other') },
      ],
    },
    {
      id: 'instructions',
      fields: [
        { key: 'lifeNotes', rows: 3 },
        { key: 'rehabMinutes', range: [1, 240] },
        { key: 'rehabTimesPerWeek', range: [1, 14] },
        { key: 'woundCare', rows: 2 },
        { key: 'deviceCare', rows: 2 },
        { key: 'otherInstructions', rows: 2 },
      ],
    },
    { id: 'drip', fields: [{ key: 'dripInstructions', rows: 4, when: drip, required: drip }] },
    {
      id: 'contacts',
      fields: [
        { key: 'emergencyContact', required: true, hint: true },
        { key: 'absenceResponse' },
        { key: 'specialNotes', rows: 3, hint: true },
        { key: 'otherStation', choices: 'yesNo' },
        { key: 'otherStationName', when: (content) => content.otherStation === 'yes' },
        { key: 'suctionAgency', choices: 'yesNo' },
        { key: 'suctionAgencyName', when: (content) => content.suctionAgency === 'yes' },
      ],
    },
    {
      id: 'issuer',
      fields: [
        { key: 'issuedOn', required: true },
        { key: 'clinicName', required: true },
        { key: 'clinicAddress' },
        { key: 'clinicPhone', required: true },
        { key: 'clinicFax' },
        { key: 'doctorName', required: true },
        { key: 'addressee', required: true },
      ],
    },
  ],
};
