import { z } from 'zod';

/**
 * Field builders for template props. Every template describes its bindings with these,
 * so the labels (fa/en), limits and defaults end up in the zod schema's metadata and from
 * there in the manifest's JSON Schema — one description, no second list.
 */
export interface Label {
  fa: string;
  en: string;
}

export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

interface FieldBase {
  label: Label;
  /** Help shown in editors, optional. */
  hint?: Label;
}

export function text(options: FieldBase & { default: string; max: number; multiline?: boolean; optional?: boolean }) {
  const base = z.string().max(options.max, { message: `at most ${options.max} characters` });
  const field = options.optional ? base : base.min(1, { message: 'must not be empty' });
  return field.default(options.default).meta({
    label: options.label,
    hint: options.hint,
    kind: options.multiline ? 'multiline-text' : 'text',
  });
}

export function color(options: FieldBase & { default: string }) {
  return z
    .string()
    .regex(HEX_COLOR, { message: 'must be a colour like #1a2b3c' })
    .default(options.default)
    .meta({ label: options.label, hint: options.hint, kind: 'color', format: 'color' });
}

/**
 * An image: an http(s) URL, a data: URI, or a local file path (the render engine inlines
 * local files before rendering). Empty means "use the template's own artwork".
 */
export function image(options: FieldBase & { default?: string; optional?: boolean }) {
  const base = z.string().max(2_000_000, { message: 'image reference too long (use a URL or a file path)' });
  const field = options.optional ? base : base.min(1, { message: 'an image URL or file path is required' });
  return field.default(options.default ?? '').meta({ label: options.label, hint: options.hint, kind: 'image' });
}

export function integer(options: FieldBase & { default: number; min: number; max: number }) {
  return z
    .number()
    .int({ message: 'must be a whole number' })
    .min(options.min, { message: `must be at least ${options.min}` })
    .max(options.max, { message: `must be at most ${options.max}` })
    .default(options.default)
    .meta({ label: options.label, hint: options.hint, kind: 'integer' });
}

export function choice<const T extends readonly [string, ...string[]]>(
  options: FieldBase & { values: T; default: T[number] },
) {
  return z
    .enum(options.values)
    .default(options.default)
    .meta({ label: options.label, hint: options.hint, kind: 'choice' });
}

/** A list of items (e.g. slideshow photos); its length may drive the duration. */
export function list<T extends z.ZodTypeAny>(
  item: T,
  options: FieldBase & { default: z.input<T>[]; min: number; max: number },
) {
  return z
    .array(item)
    .min(options.min, { message: `needs at least ${options.min} item(s)` })
    .max(options.max, { message: `at most ${options.max} items` })
    .default(options.default as never)
    .meta({ label: options.label, hint: options.hint, kind: 'list' });
}
