import type { JsonSchema } from '@flatrender/templates';

/** A malformed `--set` or `--props`: the CLI turns it into exit 2 with this one line. */
export class BindingInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BindingInputError';
  }
}

type Property = { type?: string; enum?: unknown[]; anyOf?: Property[] };

function typeOf(property: Property | undefined): string | undefined {
  if (!property) return undefined;
  if (property.type) return property.type;
  return property.anyOf?.map((option) => option.type).find((type) => type && type !== 'null');
}

function parseJson(key: string, raw: string, expected: string, example: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new BindingInputError(`--set ${key}: expected ${expected} like ${example} (got ${JSON.stringify(raw)})`);
  }
}

/**
 * `key=value` → the value in the type the template's schema wants: text stays text (so
 * `--set title=2025` is the string "2025"), numbers are parsed, lists and objects are JSON.
 * Range and format checks are left to validateBindings, which names what is allowed.
 */
export function coerceSetValue(key: string, raw: string, property: Property | undefined): unknown {
  const type = typeOf(property);
  if (type === 'integer' || type === 'number') {
    const value = raw.trim() === '' ? Number.NaN : Number(raw);
    if (!Number.isFinite(value)) throw new BindingInputError(`--set ${key}: expected a number (got ${JSON.stringify(raw)})`);
    return value;
  }
  if (type === 'boolean') {
    if (raw !== 'true' && raw !== 'false') throw new BindingInputError(`--set ${key}: expected true or false (got ${JSON.stringify(raw)})`);
    return raw === 'true';
  }
  if (type === 'array') return parseJson(key, raw, 'a JSON array', '\'["first","second"]\'');
  if (type === 'object') return parseJson(key, raw, 'a JSON object', '\'{"key":"value"}\'');
  return raw;
}

/** Parses repeated `--set key=value` against the template's bindings schema; later wins. */
export function parseSetArguments(sets: readonly string[], bindings: JsonSchema): Record<string, unknown> {
  const properties = (bindings.properties ?? {}) as Record<string, Property>;
  const out: Record<string, unknown> = {};
  for (const argument of sets) {
    const equals = argument.indexOf('=');
    const key = equals > 0 ? argument.slice(0, equals).trim() : '';
    if (!key) throw new BindingInputError(`--set ${JSON.stringify(argument)}: expected key=value (keys: ${Object.keys(properties).join(', ')})`);
    out[key] = coerceSetValue(key, argument.slice(equals + 1), properties[key]);
  }
  return out;
}
