/**
 * The catalogue keys of a form's labels, derived from its template: `<prefix>.<field>`, a choice's
 * `<prefix>.<field>.<option>` (or a shared list's `formChoice.<set>.<option>`), a table column's
 * `<prefix>.<field>.<column>`, a section's `<prefix>.section.<id>`, a hint's `<prefix>.<field>.hint`.
 * A unit test checks that both languages define every one.
 */
import type { FormTemplateId } from '@/lib/domain/form-templates';
import type { MessageKey } from '@/lib/i18n/catalogue';
import { fieldKindOf, type FieldKind } from './field-kind';
import type { FieldLayout } from './form-layout';
import { templateOf } from './templates';

const key = (text: string) => text as MessageKey;

export function sectionLabelKey(template: FormTemplateId, section: string): MessageKey {
  return key(`${templateOf(template).prefix}.section.${section}`);
}

export function fieldLabelKey(template: FormTemplateId, field: string): MessageKey {
  return key(`${templateOf(template).prefix}.${field}`);
}

export function hintKey(template: FormTemplateId, field: string): MessageKey {
  return key(`${templateOf(template).prefix}.${field}.hint`);
}

/** A choice's label: from the shared list the layout names, else the field's own (or the one it borrows). */
export function optionLabelKey(
  template: FormTemplateId,
  field: Pick<FieldLayout<Record<string, unknown>>, 'key' | 'choices' | 'labelsFrom'>,
  option: string,
): MessageKey {
  if (field.choices) return key(`formChoice.${field.choices}.${option}`);
  return key(`${templateOf(template).prefix}.${field.labelsFrom ?? field.key}.${option}`);
}

/** A table column's or a group part's label. */
export function partLabelKey(template: FormTemplateId, field: string, part: string): MessageKey {
  return key(`${templateOf(template).prefix}.${field}.${part}`);
}

export function fieldKind(template: FormTemplateId, field: string): FieldKind {
  const schema = (templateOf(template).content.shape as Record<string, Parameters<typeof fieldKindOf>[0]>)[field];
  if (!schema) throw new Error(`${template} has no field ${field}`);
  return fieldKindOf(schema);
}

/** Every key a template's layout needs, for the catalogue test. */
export function labelKeysOf(template: FormTemplateId): MessageKey[] {
  const keys: MessageKey[] = [];
  for (const section of templateOf(template).sections) {
    keys.push(sectionLabelKey(template, section.id));
    for (const field of section.fields as Array<FieldLayout<Record<string, unknown>>>) {
      keys.push(fieldLabelKey(template, field.key));
      if (field.hint) keys.push(hintKey(template, field.key));
      const kind = fieldKind(template, field.key);
      if (field.widget === 'calendar') continue;
      if (kind.kind === 'choice' || kind.kind === 'choices')
        keys.push(...kind.options.map((option) => optionLabelKey(template, field, option)));
      const parts = kind.kind === 'rows' ? kind.columns : kind.kind === 'group' ? kind.parts : [];
      for (const part of parts) {
        keys.push(partLabelKey(template, field.key, part.key));
        if (part.field.kind === 'choice' && !field.choices)
          keys.push(...part.field.options.map((option) => key(`${templateOf(template).prefix}.${field.key}.${part.key}.${option}`)));
      }
    }
  }
  return keys;
}
