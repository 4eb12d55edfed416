/**
 * The official forms (様式) a care team fills in, who may write each, and the post category its
 * timeline card carries. The fields of each live in lib/forms/templates.
 */
import type { PostCategory } from './categories';
import type { Profession } from './roles';

export const formTemplateIds = ['visitingNursingInstruction', 'visitingNursingPlan', 'visitingNursingReport', 'physicianOpinion'] as const;
export type FormTemplateId = (typeof formTemplateIds)[number];

export const formStatuses = ['draft', 'final', 'discarded'] as const;
export type FormStatus = (typeof formStatuses)[number];

const nursingStaff: Profession[] = ['nurse', 'publicHealthNurse', 'pt', 'ot', 'st'];

/**
 * Who signs each form: the physician issues the instruction (指示書) and the opinion (意見書), the
 * visiting-nurse station writes its plan and report. The policy (server/policy/form-access.ts)
 * enforces it; screens offer only what the user may write.
 */
export const formAuthors: Record<FormTemplateId, readonly Profession[]> = {
  visitingNursingInstruction: ['doctor'],
  visitingNursingPlan: nursingStaff,
  visitingNursingReport: nursingStaff,
  physicianOpinion: ['doctor'],
};

export function mayAuthorForm(profession: Profession, template: FormTemplateId): boolean {
  return formAuthors[template].includes(profession);
}

/** The category of the timeline post that announces a finalised form. */
export const formPostCategory: Record<FormTemplateId, PostCategory> = {
  visitingNursingInstruction: 'clinical',
  visitingNursingPlan: 'report',
  visitingNursingReport: 'report',
  physicianOpinion: 'document',
};

/** The official Japanese name, used for the post text whatever the author's UI language. */
export const formOfficialNames: Record<FormTemplateId, string> = {
  visitingNursingInstruction: '訪問看護指示書',
  visitingNursingPlan: '訪問看護計画書',
  visitingNursingReport: '訪問看護報告書',
  physicianOpinion: '主治医意見書',
};
