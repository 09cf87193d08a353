import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * The manifest's bindings schemas checked with a real JSON Schema 2020-12 validator (Ajv),
 * as a reseller's backend or form library would, so "the manifest says X" is tested
 * against the standard rather than against our own reading of it.
 */
const ajv = new Ajv2020({ allErrors: true, strict: true });
// The manifest's annotations: field labels and hints for forms, and the field kind.
for (const keyword of ['label', 'hint', 'kind']) ajv.addKeyword({ keyword, schemaType: ['object', 'string'] });
ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);

const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();

/** The failing paths and messages; empty means the value is valid. */
export function checkJsonSchema(schema: object, value: unknown): string[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`);
}
