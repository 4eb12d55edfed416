/**
 * 訪問看護報告書 (別紙様式2): FORMS.md §2.2–2.3. The station's monthly report to the physician,
 * with the calendar of the month's visits (two months when the period spans them).
 */
import { z } from 'zod';
import { daysOfMonth, nextMonth } from '@/lib/forms/calendar-days';
import { choice, date, flag, month, text } from '@/lib/forms/content-fields';
import { careLevels, yesNo } from '@/lib/forms/choices';
import type { FieldProblem, FormTemplate } from '@/lib/forms/form-layout';

/** What happened on one day; the printed mark is derived from it (see lib/forms/visit-calendar.ts). */
export const visitDay = z.object({
  date: z.iso.date(),
  /** Visits that day: 1 prints ○, 2 or more ◎. */
  count: z.number().int().min(0).max(9),
  /** By a physical, occupational or speech therapist (◇). */
  therapist: z.boolean(),
  /** Under a 特別訪問看護指示書 (△). */
  special: z.boolean(),
  /** An emergency visit (×). */
  emergency: z.boolean(),
  /** 長時間訪問看護加算 (□, 医療保険). */
  long: z.boolean(),
});
export type VisitDay = z.infer<typeof visitDay>;

export const reportContent = z.object({
  patientName: text(100),
  birthDate: date(),
  careLevel: choice(careLevels),
  patientAddress: text(300),
  reportMonth: month(),
  spansTwoMonths: flag(),
  visits: z.array(visitDay).max(62).default([]),
  course: text(2000),
  careContent: text(2000),
  homeCare: text(1000),
  suppliesName: text(200),
  suppliesFrequency: text(100),
  suppliesAmount: text(100),
  suppliesChange: choice(yesNo),
  suppliesChangeDetail: text(300),
  informationProvided: text(500),
  specialNotes: text(1000),
  authorName: text(100),
  authorProfession: choice(['nurse', 'publicHealthNurse'] as const),
  reportedOn: date(),
  stationName: text(100),
  managerName: text(100),
  addressee: text(100),
});
export type ReportContent = z.infer<typeof reportContent>;

/** The months the report's calendar shows: its month, and the next when the period spans two. */
export function reportMonths(content: Pick<ReportContent, 'reportMonth' | 'spansTwoMonths'>): string[] {
  if (!content.reportMonth) return [];
  return content.spansTwoMonths ? [content.reportMonth, nextMonth(content.reportMonth)] : [content.reportMonth];
}

function checks(content: ReportContent): FieldProblem[] {
  const days = new Set(reportMonths(content).flatMap(daysOfMonth));
  return content.visits.some((visit) => visit.count > 0 && !days.has(visit.date))
    ? [{ key: 'visits', message: 'forms.problem.visitOutsideMonth' }]
    : [];
}

export const reportTemplate: FormTemplate<ReportContent> = {
  id: 'visitingNursingReport',
  prefix: 'reportForm',
  content: reportContent,
  period: (content) => {
    const months = reportMonths(content);
    const last = months.at(-1);
    return months[0] && last ? { start: `${months[0]}-01`, end: daysOfMonth(last).at(-1) ?? `${last}-28` } : null;
  },
  checks,
  sections: [
    {
      id: 'patient',
      fields: [
        { key: 'patientName', required: true },
        { key: 'birthDate', required: true },
        { key: 'careLevel', choices: 'careLevel' },
        { key: 'patientAddress' },
      ],
    },
    {
      id: 'visits',
      fields: [{ key: 'reportMonth', required: true }, { key: 'spansTwoMonths' }, { key: 'visits', widget: 'calendar', hint: true }],
    },
    {
      id: 'course',
      fields: [
        { key: 'course', rows: 6, required: true, hint: true },
        { key: 'careContent', rows: 6, required: true },
        { key: 'homeCare', rows: 4, hint: true },
      ],
    },
    {
      id: 'supplies',
      fields: [
        { key: 'suppliesName' },
        { key: 'suppliesFrequency' },
        { key: 'suppliesAmount' },
        { key: 'suppliesChange', choices: 'yesNo' },
        { key: 'suppliesChangeDetail', when: (content) => content.suppliesChange === 'yes' },
      ],
    },
    {
      id: 'notes',
      fields: [
        { key: 'informationProvided', rows: 2, hint: true },
        { key: 'specialNotes', rows: 3 },
      ],
    },
    {
      id: 'authors',
      fields: [
        { key: 'authorName', required: true },
        { key: 'authorProfession', required: true },
        { key: 'reportedOn', required: true },
        { key: 'stationName', required: true },
        { key: 'managerName' },
        { key: 'addressee', required: true },
      ],
    },
  ],
};
