import type { JsonSchema, TemplateMeta } from '@flatrender/templates';
import { coerceSetValue } from '../../bindings/parse-set';
import { usageError } from '../../errors';

type Property = { type?: string; label?: { fa?: string; en?: string } };
type Field = { safeParse: (value: unknown) => { success: boolean; data?: unknown; error?: { issues: Array<{ message: string }> } } };

/**
 * Bindings the template needs but did not get: fields the user never set that have no
 * default, or whose default is not valid on its own (an empty required image — zod
 * returns defaults without checking them). A wrong value the user did give is not
 * "missing"; validation names it.
 */
export function missingBindings(meta: TemplateMeta, bindings: Record<string, unknown>): string[] {
  return Object.entries(meta.schema.shape as Record<string, Field>)
    .filter(([key, field]) => {
      if (Object.hasOwn(bindings, key)) return false;
      const fallback = field.safeParse(undefined);
      return !fallback.success || (fallback.data !== undefined && !field.safeParse(fallback.data).success);
    })
    .map(([key]) => key);
}

/** Asks for each missing binding on a terminal, checking every answer against the schema. */
async function ask(meta: TemplateMeta, schema: JsonSchema, missing: string[], bindings: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { input } = await import('@inquirer/prompts');
  const properties = (schema.properties ?? {}) as Record<string, Property>;
  const answers: Record<string, unknown> = {};
  for (const key of missing) {
    const property = properties[key];
    const field = meta.schema.shape[key] as Field | undefined;
    const label = [property?.label?.en, property?.label?.fa].filter(Boolean).join(' · ');
    const check = (raw: string): true | string => {
      try {
        const result = field?.safeParse(coerceSetValue(key, raw, property));
        return !result || result.success ? true : `${key}: ${result.error?.issues[0]?.message ?? 'invalid'}`;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    };
    const raw = await input({ message: label ? `${key} (${label})` : key, validate: check }, { output: process.stderr });
    answers[key] = coerceSetValue(key, raw, property);
  }
  return { ...bindings, ...answers };
}

/**
 * On a terminal the missing bindings are asked for; elsewhere (scripts, CI) the command
 * stops with one line listing them, so a pipeline never hangs on a prompt.
 */
export async function completeBindings(meta: TemplateMeta, schema: JsonSchema, bindings: Record<string, unknown>): Promise<Record<string, unknown>> {
  const missing = missingBindings(meta, bindings);
  if (missing.length === 0) return bindings;
  if (process.stdin.isTTY && process.stderr.isTTY) return ask(meta, schema, missing, bindings);
  throw usageError(`missing required binding${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}; pass ${missing.map((key) => `--set ${key}=…`).join(' ')} or --props file.json`);
}
