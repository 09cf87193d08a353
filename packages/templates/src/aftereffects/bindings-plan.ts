import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toPersianDigits } from '../brand/digits';
import type { TemplateMeta } from '../contract/define';
import { bindingsJsonSchema, defaultPropsOf } from '../manifest';
import type { AeBindingPlan } from './bind-script';
import { AeBindingError } from './errors';
import { hexToAeColor } from './jsx-string';

type FieldSchema = { kind?: string };

function localImagePath(field: string, value: string, baseDir: string): string {
  if (value.startsWith('file:')) return fileURLToPath(value);
  if (/^(https?|data):/i.test(value)) {
    throw new AeBindingError(field, 'the After Effects engine needs images as local file paths (AE replaces footage from disk); download the image first');
  }
  return isAbsolute(value) ? value : resolve(baseDir, value);
}

/**
 * Maps validated props onto the project by field name, from the field kinds in the template's
 * schema: text → text layer, integer → text layer (Persian digits, as the templates show them),
 * colour → effect, image → footage item. Choices and lists have no AE counterpart; they may
 * only keep their defaults, so a render never silently ignores what the reseller asked for.
 */
export function planBindings(meta: TemplateMeta, props: Record<string, unknown>, baseDir = process.cwd()): AeBindingPlan {
  const properties = (bindingsJsonSchema(meta).properties ?? {}) as Record<string, FieldSchema>;
  const defaults = defaultPropsOf(meta);
  const plan: AeBindingPlan = { texts: [], colors: [], footage: [] };
  for (const [field, schema] of Object.entries(properties)) {
    const value = props[field];
    switch (schema.kind) {
      case 'text':
      case 'multiline-text':
        plan.texts.push({ name: field, value: String(value ?? '') });
        break;
      case 'integer':
        plan.texts.push({ name: field, value: toPersianDigits(String(value)) });
        break;
      case 'color':
        plan.colors.push({ name: field, rgb: hexToAeColor(String(value)) });
        break;
      case 'image':
        // Empty means "the template's own artwork": leave the project's footage alone.
        if (typeof value === 'string' && value !== '') plan.footage.push({ name: field, path: localImagePath(field, value, baseDir) });
        break;
      default:
        if (JSON.stringify(value) !== JSON.stringify(defaults[field])) {
          throw new AeBindingError(field, `the After Effects engine cannot apply ${schema.kind ?? 'this'} bindings; leave it at its default or render with the Remotion engine`);
        }
    }
  }
  return plan;
}
