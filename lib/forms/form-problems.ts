/**
 * What stops a form from being finalised, in the order the fields are laid out: a required field
 * left empty, a number outside its plausible range, then the template's own rules. The device names and focuses the first; the server
 * checks the same before it takes a finalised form.
 */
import type { FormTemplateId } from '@/lib/domain/form-templates';
import type { FieldLayout, FieldProblem } from './form-layout';
import { templateOf } from './templates';

type Content = Record<string, unknown>;

/** Empty as a form sees it: nothing typed, chosen or ticked (a table is empty when all its rows are). */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

export function isShown(field: FieldLayout<Content>, content: Content): boolean {
  return field.when ? field.when(content) : true;
}

function isRequired(field: FieldLayout<Content>, content: Content): boolean {
  if (!isShown(field, content)) return false;
  return typeof field.required === 'function' ? field.required(content) : Boolean(field.required);
}

/** A number typed outside its field's plausible range (a hidden field is not printed, so not checked). */
function outOfRange(field: FieldLayout<Content>, content: Content): FieldProblem | null {
  const value = content[field.key];
  if (!field.range || typeof value !== 'number' || !isShown(field, content)) return null;
  const [min, max] = field.range;
  return value < min || value > max ? { key: field.key, message: 'forms.problem.outOfRange', params: { min, max } } : null;
}

export function findFormProblems(id: FormTemplateId, content: Content): FieldProblem[] {
  const template = templateOf(id);
  const fields = template.sections.flatMap((section) => section.fields);
  const missing: FieldProblem[] = fields
    .filter((field) => isRequired(field, content) && isBlank(content[field.key]))
    .map((field) => ({ key: field.key, message: 'forms.problem.required' }));
  const ranges = fields.map((field) => outOfRange(field, content)).filter((problem) => problem !== null);
  const order = new Map(fields.map((field, index) => [field.key, index]));
  const rules = (template.checks?.(content) ?? []).filter((problem) => !missing.some((m) => m.key === problem.key));
  return [...missing, ...ranges, ...rules].sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
}

/** The section a field is in, for jumping to it. */
export function sectionOf(id: FormTemplateId, key: string): string | null {
  return templateOf(id).sections.find((section) => section.fields.some((field) => field.key === key))?.id ?? null;
}
