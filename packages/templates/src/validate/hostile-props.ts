import type { JsonSchema } from '../manifest';

/**
 * Bindings that stress a layout, generated from a template's bindings JSON Schema (so every
 * template gets them without a hand-written list):
 * - `default`  — no bindings, the template's own defaults;
 * - `longest`  — every text at its maximum length in mixed Persian/Latin/digits with emoji,
 *                numbers at their maximum, lists at their longest, images at an extreme shape;
 * - `empty`    — every optional text and image empty, numbers and lists at their minimum.
 */
export const PROP_VARIANTS = ['default', 'longest', 'empty'] as const;
export type PropVariant = (typeof PROP_VARIANTS)[number];

/** Words, numbers in both digit sets, a long unbroken token and emoji, RTL and LTR mixed. */
const MIXED = 'جشنواره بزرگ FlatRender ۱۴۰۳ با ۵۰٪ تخفیف 🎉 Black Friday 2025 www.flatrender-example.com سفارش ✨ ';
const MIXED_MULTILINE = 'سطر اول متن طولانی FlatRender ۱۲۳\nLine two with 456 و 🎬 ادامه\n';

/** A very wide banner: images must be fitted, not stretched past their box. */
const EXTREME_IMAGE =
  'data:image/svg+xml;base64,' +
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="90" viewBox="0 0 1600 90">' +
      '<rect width="1600" height="90" fill="#ff00aa"/><rect x="40" y="20" width="1520" height="50" fill="#00e5ff"/></svg>',
  ).toString('base64');

/** Exactly `length` UTF-16 units (zod's count), never splitting a surrogate pair. */
export function mixedText(length: number, multiline = false): string {
  const source = [...(multiline ? MIXED_MULTILINE + MIXED : MIXED)];
  let out = '';
  for (let index = 0; out.length < length; index++) {
    const next = source[index % source.length] ?? 'ا';
    out += out.length + next.length <= length ? next : 'ا';
  }
  // A trailing space would be trimmed by text layout and hide the last character.
  return out.endsWith(' ') || out.endsWith('\n') ? `${out.slice(0, -1)}ا` : out;
}

type Node = JsonSchema & {
  type?: string;
  kind?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  items?: Node;
  properties?: Record<string, Node>;
  default?: unknown;
};

/** `undefined` means "leave the field out" (its default applies). */
function valueFor(node: Node, variant: Exclude<PropVariant, 'default'>): unknown {
  if (node.enum && node.enum.length > 0) return variant === 'longest' ? node.enum.at(-1) : node.enum[0];
  if (node.kind === 'image') return variant === 'longest' ? EXTREME_IMAGE : (node.minLength ?? 0) === 0 ? '' : undefined;
  if (node.kind === 'color') return undefined;
  if (node.type === 'string') {
    if (variant === 'empty') return (node.minLength ?? 0) === 0 ? '' : undefined;
    return node.maxLength === undefined ? undefined : mixedText(node.maxLength, node.kind === 'multiline-text');
  }
  if (node.type === 'integer' || node.type === 'number') return variant === 'longest' ? node.maximum : node.minimum;
  if (node.type === 'array' && node.items) return listFor(node, variant);
  if (node.type === 'object' && node.properties) return objectFor(node, variant);
  return undefined;
}

function listFor(node: Node, variant: Exclude<PropVariant, 'default'>): unknown[] | undefined {
  const count = variant === 'longest' ? node.maxItems : node.minItems;
  if (count === undefined) return undefined;
  const defaults = Array.isArray(node.default) ? node.default : [];
  return Array.from({ length: count }, (_, index) => {
    const generated = valueFor(node.items as Node, variant);
    return generated === undefined ? defaults[index % Math.max(1, defaults.length)] : mergeItem(defaults[index % Math.max(1, defaults.length)], generated);
  });
}

/** Object items keep their defaults for fields the variant leaves alone. */
function mergeItem(base: unknown, generated: unknown): unknown {
  if (base && typeof base === 'object' && generated && typeof generated === 'object' && !Array.isArray(generated)) return { ...base, ...generated };
  return generated;
}

function objectFor(node: Node, variant: Exclude<PropVariant, 'default'>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const value = valueFor(child, variant);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export function variantBindings(bindings: JsonSchema, variant: PropVariant): Record<string, unknown> {
  return variant === 'default' ? {} : objectFor(bindings as Node, variant);
}
