/**
 * Every string and array a schema in lib/schemas or lib/sync accepts has a maximum, so no input,
 * however it arrives, makes the server hold or walk more than a schema allows.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const modules = import.meta.glob(['/lib/schemas/*.ts', '/lib/sync/*.ts'], { eager: true });

/**
 * `postDoc` is also the device's RxDB collection schema, which cannot change without a collection
 * migration on every device; the server reads pushed posts through `pushedPostDoc`, which is bounded.
 */
const deviceSchemaExceptions = new Set(['postDoc.properties.history']);

/** Strings bounded by what they are: an enum, a constant, or a format of fixed shape. */
const boundedFormats = new Set(['uuid', 'date']);

function unbounded(node: unknown, path: string, found: string[]): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (!deviceSchemaExceptions.has(path)) {
    if (schema.type === 'string' && schema.maxLength === undefined && !schema.enum && schema.const === undefined) {
      if (!boundedFormats.has(String(schema.format))) found.push(`${path}: string`);
    }
    if (schema.type === 'array' && schema.maxItems === undefined) found.push(`${path}: array`);
  }
  for (const [key, value] of Object.entries(schema)) unbounded(value, `${path}.${key}`, found);
}

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports as Record<string, unknown>).flatMap(([name, value]) =>
    value instanceof z.ZodType ? [{ file: file.slice(1), name, schema: value }] : [],
  ),
);

describe('the schemas in lib/', () => {
  it('are found', () => {
    expect(schemas.map((entry) => entry.name)).toEqual(expect.arrayContaining(['postDoc', 'pushRequest', 'signInInput', 'uploadMeta']));
  });

  it.each(schemas.map((entry) => [`${entry.file} ${entry.name}`, entry] as const))('%s bounds every string and array', (_, entry) => {
    const found: string[] = [];
    unbounded(z.toJSONSchema(entry.schema, { unrepresentable: 'any', io: 'input' }), entry.name, found);
    expect(found).toEqual([]);
  });

  it('bound a pushed post’s history', () => {
    const entry = schemas.find((candidate) => candidate.name === 'pushedPostDoc');
    const found: string[] = [];
    if (entry) unbounded(z.toJSONSchema(entry.schema, { unrepresentable: 'any', io: 'input' }), 'pushedPostDoc', found);
    expect(entry).toBeDefined();
    expect(found).toEqual([]);
  });
});
