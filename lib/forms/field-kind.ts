/**
 * What kind of control a content field needs, read off its zod schema (so the schema stays the one
 * source): a line or text area of a maximum length, a date or month, a number, one choice (radio
 * buttons), several (check boxes), a yes/no box, a table of rows, or a group of sub-fields.
 */
import type { z } from 'zod';

export type FieldKind =
  | { kind: 'text'; maxLength: number }
  | { kind: 'date' }
  | { kind: 'month' }
  | { kind: 'number' }
  | { kind: 'choice'; options: string[] }
  | { kind: 'choices'; options: string[] }
  | { kind: 'flag' }
  | { kind: 'rows'; maxRows: number; columns: Array<{ key: string; field: FieldKind }> }
  | { kind: 'group'; parts: Array<{ key: string; field: FieldKind }> };

interface Inner {
  type: string;
  innerType?: z.ZodType;
  format?: string;
  element?: z.ZodType;
  checks?: Array<{ _zod: { def: { check: string; maximum?: number; pattern?: RegExp } } }>;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Inner } })._zod.def;

/** Past the default and nullable wrappers, to what the field holds. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (
    let def = defOf(current);
    (def.type === 'default' || def.type === 'nullable' || def.type === 'optional') && def.innerType;
    def = defOf(current)
  )
    current = def.innerType;
  return current;
}

function check(def: Inner, name: string) {
  return def.checks?.find((entry) => entry._zod.def.check === name)?._zod.def;
}

function entriesOf(shape: Record<string, z.ZodType>) {
  return Object.entries(shape).map(([key, field]) => ({ key, field: fieldKindOf(field) }));
}

export function fieldKindOf(schema: z.ZodType): FieldKind {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string': {
      if (def.format === 'date') return { kind: 'date' };
      if (check(def, 'string_format')?.pattern?.source.startsWith('^\\d{4}-(0[1-9]')) return { kind: 'month' };
      return { kind: 'text', maxLength: (inner as z.ZodString).maxLength ?? 1000 };
    }
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'flag' };
    case 'enum':
      return { kind: 'choice', options: Object.values(def.entries ?? {}) };
    case 'array': {
      const element = unwrap(def.element as z.ZodType);
      const elementDef = defOf(element);
      const maxRows = check(def, 'max_length')?.maximum ?? 10;
      if (elementDef.type === 'enum') return { kind: 'choices', options: Object.values(elementDef.entries ?? {}) };
      if (elementDef.type === 'object') return { kind: 'rows', maxRows, columns: entriesOf(elementDef.shape ?? {}) };
      throw new Error(`no control for an array of ${elementDef.type}`);
    }
    case 'object':
      return { kind: 'group', parts: entriesOf(def.shape ?? {}) };
    default:
      throw new Error(`no control for a ${def.type}`);
  }
}
