/** Every form template by id: its content schema, layout, period and checks. */
import type { FormTemplateId } from '@/lib/domain/form-templates';
import type { FormTemplate } from './form-layout';
import { instructionTemplate } from './templates/instruction';
import { opinionTemplate } from './templates/opinion';
import { planTemplate } from './templates/plan';
import { reportTemplate } from './templates/report';

export const formTemplates = {
  visitingNursingInstruction: instructionTemplate,
  visitingNursingPlan: planTemplate,
  visitingNursingReport: reportTemplate,
  physicianOpinion: opinionTemplate,
} satisfies Record<FormTemplateId, FormTemplate<never>>;

/** A template without its content type, for code that works on any form. */
export function templateOf(id: FormTemplateId): FormTemplate {
  return formTemplates[id] as unknown as FormTemplate;
}

/**
 * The content as stored: parsed by its template's schema (defaults filled, unknown keys dropped),
 * or null when it does not fit it.
 */
export function parseFormContent(id: FormTemplateId, content: unknown): Record<string, unknown> | null {
  const parsed = templateOf(id).content.safeParse(content ?? {});
  return parsed.success ? (parsed.data as Record<string, unknown>) : null;
}

/** A new form's content: every field empty. */
export function emptyFormContent(id: FormTemplateId): Record<string, unknown> {
  return templateOf(id).content.parse({}) as Record<string, unknown>;
}
