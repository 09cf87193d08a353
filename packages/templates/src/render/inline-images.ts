import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPath } from '../bindings';
import type { JsonSchema } from '../manifest';

/** A local image named in the bindings is missing or unreadable. */
export class ImageFileError extends Error {
  constructor(
    readonly field: string,
    readonly path: string,
    reason: string,
  ) {
    super(`${field}: image file ${reason}: ${path} (use an existing file, an http(s) URL or a data: URI)`);
    this.name = 'ImageFileError';
  }
}

const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
};

/** URLs the browser can load itself; anything else non-empty is a local path. */
function isLocalReference(value: string): boolean {
  return value !== '' && !/^(https?:|data:|blob:)/i.test(value);
}

async function toDataUri(field: string, reference: string, baseDir: string): Promise<string> {
  const path = reference.startsWith('file:') ? fileURLToPath(reference) : isAbsolute(reference) ? reference : resolve(baseDir, reference);
  const mime = MIME[extname(path).toLowerCase()];
  if (!mime) throw new ImageFileError(field, path, `type is not supported (${Object.keys(MIME).join(', ')})`);
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new ImageFileError(field, path, error.code === 'ENOENT' ? 'not found' : `unreadable (${error.code ?? error.message})`);
  });
  return `data:${mime};base64,${bytes.toString('base64')}`;
}

function variantsOf(schema: JsonSchema): JsonSchema[] {
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  return options ? [schema, ...options] : [schema];
}

async function inlineValue(schema: JsonSchema, value: unknown, path: PropertyKey[], baseDir: string): Promise<unknown> {
  for (const node of variantsOf(schema)) {
    if (node.kind === 'image' && typeof value === 'string') return isLocalReference(value) ? toDataUri(formatPath(path), value, baseDir) : value;
    if (Array.isArray(value) && node.items && typeof node.items === 'object') {
      return Promise.all(value.map((item, index) => inlineValue(node.items as JsonSchema, item, [...path, index], baseDir)));
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && node.properties) {
      const properties = node.properties as Record<string, JsonSchema>;
      const entries = await Promise.all(
        Object.entries(value).map(async ([key, item]) => [key, properties[key] ? await inlineValue(properties[key], item, [...path, key], baseDir) : item]),
      );
      return Object.fromEntries(entries);
    }
  }
  return value;
}

/**
 * The browser cannot read the render node's disk, so local image paths in the props become
 * data: URIs before rendering. Which props are images comes from the bindings schema
 * (`kind: 'image'`), so nested list items are covered too.
 */
export async function inlineLocalImages(
  bindings: JsonSchema,
  props: Record<string, unknown>,
  baseDir: string = process.cwd(),
): Promise<Record<string, unknown>> {
  return (await inlineValue(bindings, props, [], baseDir)) as Record<string, unknown>;
}
