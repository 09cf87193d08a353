import { readFile } from 'node:fs/promises';
import type { JsonSchema } from '@flatrender/templates';
import { BindingInputError, parseSetArguments } from './parse-set';

export interface BindingSources {
  /** A JSON file of bindings (`--props`). */
  propsFile?: string;
  /** `--set key=value`, applied over the file. */
  set?: readonly string[];
}

async function readPropsFile(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new BindingInputError(`--props ${path}: ${error.code === 'ENOENT' ? 'file not found' : `cannot read (${error.code ?? error.message})`}`);
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new BindingInputError(`--props ${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new BindingInputError(`--props ${path}: expected a JSON object of field → value`);
  }
  return parsed as Record<string, unknown>;
}

/**
 * The bindings of one render from the command line, shared by `templates still` and
 * `render`: the props file first, then each --set over it. Validation happens later,
 * against the template's schema, so every command reports problems the same way.
 */
export async function loadBindings(sources: BindingSources, bindings: JsonSchema): Promise<Record<string, unknown>> {
  const fromFile = sources.propsFile ? await readPropsFile(sources.propsFile) : {};
  return { ...fromFile, ...parseSetArguments(sources.set ?? [], bindings) };
}
