/**
 * 訪問看護計画書 (別紙様式1): FORMS.md §2.1. The station's plan, sent to the physician; its
 * problem list keeps a dated row for the first plan and for each revision.
 */
import { z } from 'zod';
import { choice, date, rows, text } from '@/lib/forms/content-fields';
import { careLevels, yesNo } from '@/lib/forms/choices';
import type { FormTemplate } from '@/lib/forms/form-layout';

export const planContent = z.object({
  patientName: text(100),
  patientKana: text(100),
  birthDate: date(),
  careLevel: choice(careLevels),
  patientAddress: text(300),
  goals: text(1000),
  /** 年月日 ／ 問題点・解決策 ／ 評価 */
  problems: rows({ date: z.iso.date().nullable().default(null), problem: text(1000), evaluation: text(1000) }, 10),
  suppliesNeeded: choice(yesNo),
  /** 処置の内容 ／ 衛生材料（種類・サイズ）等 ／ 必要量 */
  supplies: rows({ procedure: text(100), material: text(100), quantity: text(50) }, 6),
  plannedProfessions: text(100),
  remarks: text(500),
  author1Name: text(100),
  author1Profession: choice(['nurse', 'publicHealthNurse'] as const),
  author2Name: text(100),
  author2Profession: choice(['pt', 'ot', 'st'] as const),
  createdOn: date(),
  stationName: text(100),
  managerName: text(100),
  addressee: text(100),
});
export type PlanContent = z.infer<typeof planContent>;

export const planTemplate: FormTemplate<PlanContent> = {
  id: 'visitingNursingPlan',
  prefix: 'planForm',
  content: planContent,
  period: (content) => (content.createdOn ? { start: content.createdOn, end: content.createdOn } : null),
  sections: [
    {
      id: 'patient',
      fields: [
        { key: 'patientName', required: true },
        { key: 'patientKana' },
        { key: 'birthDate', required: true },
        { key: 'careLevel', choices: 'careLevel' },
        { key: 'patientAddress' },
      ],
    },
    {
      id: 'plan',
      fields: [
        { key: 'goals', rows: 4, required: true },
        { key: 'problems', required: true },
      ],
    },
    {
      id: 'supplies',
      fields: [
        { key: 'suppliesNeeded', choices: 'yesNo' },
        { key: 'supplies', when: (content) => content.suppliesNeeded === 'yes' },
        { key: 'plannedProfessions', hint: true },
        { key: 'remarks', rows: 3 },
      ],
    },
    {
      id: 'authors',
      fields: [
        { key: 'author1Name', required: true },
        { key: 'author1Profession', required: true },
        { key: 'author2Name' },
        { key: 'author2Profession', when: (content) => content.author2Name.trim() !== '' },
        { key: 'createdOn', required: true },
        { key: 'stationName', required: true },
        { key: 'managerName' },
        { key: 'addressee', required: true },
      ],
    },
  ],
};
