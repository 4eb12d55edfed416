/**
 * The text of a refused record, kept with the refusal so the user can copy what they wrote once
 * the device shows the server's copy (or nothing). Posts and comments are their body; a form is its
 * official name, its period and every answer typed into it; a reading is the charting line the
 * timeline would show. Written without a locale: refusals are recorded by the sync machinery.
 */
import { formOfficialNames, formTemplateIds, type FormTemplateId } from '@/lib/domain/form-templates';
import { vitalSigns, designRScore } from '@/lib/schemas/observation';
import type { SyncCollection } from '@/lib/sync/protocol';
import { vitalsSummary } from '@/lib/vitals/vitals-summary';

const isTemplate = (value: unknown): value is FormTemplateId => formTemplateIds.includes(value as FormTemplateId);

/** Every answer of a form's content, depth first, in the order the template keeps them. */
function answers(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(answers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(answers);
  return [];
}

function formText(pushed: Record<string, unknown>): string {
  const name = isTemplate(pushed.template) ? formOfficialNames[pushed.template] : '';
  const period = [pushed.periodStart, pushed.periodEnd].filter((day) => typeof day === 'string').join('〜');
  return [[name, period].filter(Boolean).join(' '), ...answers(pushed.content)].filter(Boolean).join('\n');
}

function observationText(pushed: Record<string, unknown>): string {
  const vitals = vitalSigns.safeParse(pushed.vitals);
  if (vitals.success) return vitalsSummary(vitals.data);
  const score = designRScore.safeParse(pushed.woundScore);
  return score.success ? `DESIGN-R®2020 ${score.data.site} ${score.data.total}` : '';
}

export function refusedText(collection: SyncCollection, pushed: Record<string, unknown>): string {
  if (collection === 'forms') return formText(pushed);
  if (collection === 'observations') return observationText(pushed);
  return typeof pushed.body === 'string' ? pushed.body : '';
}
