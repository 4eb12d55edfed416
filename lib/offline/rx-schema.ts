/**
 * Turns a zod document schema from lib/schemas into an RxDB collection schema, so the shape is
 * written once. RxDB needs bounds on indexed fields; we add them here.
 */
import 'client-only';
import type { RxJsonSchema } from 'rxdb';
import { z } from 'zod';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

export function toRxSchema<Doc>(
  schema: z.ZodObject,
  options: { indexes?: Array<string | string[]>; numberIndexes?: string[]; version?: number },
): RxJsonSchema<Doc> {
  const json = z.toJSONSchema(schema, { target: 'draft-7', unrepresentable: 'any' }) as JsonSchema;
  const properties = { ...(json.properties ?? {}) };
  for (const field of options.numberIndexes ?? []) {
    properties[field] = { type: 'number', minimum: 0, maximum: 1e15, multipleOf: 1 };
  }
  const id = properties.id ?? { type: 'string' };
  properties.id = { ...id, type: 'string', maxLength: typeof id.maxLength === 'number' ? id.maxLength : 200 };
  return {
    version: options.version ?? 0,
    primaryKey: 'id',
    type: 'object',
    properties,
    required: (json.required as string[] | undefined) ?? [],
    indexes: options.indexes ?? [],
  } as unknown as RxJsonSchema<Doc>;
}
