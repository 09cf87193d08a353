import { describe, expect, it } from 'vitest';
import {
  ASPECT_IDS,
  PROP_VARIANTS,
  TEMPLATE_CATALOG,
  mixedText,
  suggestTemplate,
  templateManifest,
  validateBindings,
  variantBindings,
  type JsonSchema,
} from '@flatrender/templates';
import { checkJsonSchema } from './support/json-schema';

type Property = { type?: string; kind?: string; maxLength?: number; minLength?: number; maximum?: number; maxItems?: number; enum?: unknown[]; items?: Property; default?: unknown };

/** One wrong value per field, derived from the field's JSON Schema (no per-template lists). */
function invalidValues(property: Property): Array<{ why: string; value: unknown }> {
  const out: Array<{ why: string; value: unknown }> = [];
  if (property.enum) out.push({ why: 'not a choice', value: 'not-a-choice' });
  else if (property.kind === 'color') out.push({ why: 'not #rrggbb', value: 'red' });
  else if (property.type === 'string') {
    if (property.maxLength !== undefined && property.maxLength < 10_000) out.push({ why: 'over max', value: 'x'.repeat(property.maxLength + 1) });
    if ((property.minLength ?? 0) > 0) out.push({ why: 'empty required', value: '' });
    out.push({ why: 'wrong type', value: 42 });
  } else if (property.type === 'integer') {
    if (property.maximum !== undefined) out.push({ why: 'over maximum', value: property.maximum + 1 });
    out.push({ why: 'fraction', value: 1.5 });
  } else if (property.type === 'array' && property.maxItems !== undefined && Array.isArray(property.default) && property.default.length > 0) {
    out.push({ why: 'too many items', value: Array.from({ length: property.maxItems + 1 }, () => (property.default as unknown[])[0]) });
  }
  return out;
}

const manifest = templateManifest();

describe('template manifest', () => {
  it('lists every catalog template in every aspect, with composition ids and durations', () => {
    expect(manifest.map((entry) => entry.id)).toEqual(TEMPLATE_CATALOG.map((meta) => meta.id));
    for (const entry of manifest) {
      expect(entry.engine).toBe('remotion');
      expect(Object.keys(entry.aspects)).toEqual(ASPECT_IDS);
      for (const [aspect, info] of Object.entries(entry.aspects)) {
        expect(info.composition_id).toBe(`${entry.id}-${aspect.replace(':', 'x')}`);
        expect(info.duration_seconds).toBeCloseTo(info.duration_frames / info.fps, 2);
      }
      expect(entry.preview_frame).toBeGreaterThanOrEqual(0);
      expect(entry.preview_frame).toBeLessThan(entry.aspects['16:9'].duration_frames);
    }
  });

  it('is plain JSON (survives a round trip) and carries fa/en labels for every binding', () => {
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
    for (const entry of manifest) {
      for (const [key, property] of Object.entries(entry.bindings.properties as Record<string, { label?: { fa: string; en: string } }>)) {
        expect(property.label?.fa, `${entry.id}.${key} fa label`).toBeTruthy();
        expect(property.label?.en, `${entry.id}.${key} en label`).toBeTruthy();
      }
    }
  });

  it.each(manifest.map((entry) => [entry.id, entry] as const))('%s: JSON Schema and validateBindings agree', (id, entry) => {
    const schema = entry.bindings as JsonSchema;
    expect(checkJsonSchema(schema, entry.defaults)).toEqual([]);
    for (const variant of PROP_VARIANTS) {
      const bindings = variantBindings(schema, variant);
      expect(checkJsonSchema(schema, bindings), variant).toEqual([]);
      expect(validateBindings(id, bindings).ok, variant).toBe(true);
    }
    for (const [field, property] of Object.entries(schema.properties as Record<string, Property>)) {
      for (const { why, value } of invalidValues(property)) {
        const result = validateBindings(id, { [field]: value });
        expect(result.ok, `${field} ${why}`).toBe(false);
        if (!result.ok) expect(result.issues[0]?.message.startsWith(`${field}`), result.issues[0]?.message).toBe(true);
        expect(checkJsonSchema(schema, { [field]: value }).length, `${field} ${why} (JSON Schema)`).toBeGreaterThan(0);
      }
    }
    expect(checkJsonSchema(schema, { notAField: 1 }).length).toBeGreaterThan(0);
    expect(validateBindings(id, { notAField: 1 }).ok).toBe(false);
  });
});

describe('bindings messages', () => {
  it('name the field and what is allowed', () => {
    const result = validateBindings('LogoMotion', { primary: 'red', brandName: 'x'.repeat(99) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.issues.map((issue) => issue.message);
    expect(messages).toContain('primary: must be a colour like #1a2b3c (got "red")');
    expect(messages.find((message) => message.startsWith('brandName:'))).toMatch(/at most \d+ characters \(got 99\)/);
  });

  it('suggest the closest template id for an unknown one', () => {
    expect(suggestTemplate('logomotoin')).toBe('LogoMotion');
    expect(suggestTemplate('nowruz3d')).toBe('Nowruz3D');
    const result = validateBindings('Logomotion', {});
    expect(!result.ok && result.issues[0]?.message).toMatch(/did you mean "LogoMotion"/);
  });

  it('hostile text is exactly the allowed length and mixes scripts, digits and emoji', () => {
    for (const length of [1, 2, 7, 32, 61, 200]) {
      const text = mixedText(length);
      expect(text.length).toBe(length);
      expect(text.trim().length).toBeGreaterThan(0);
    }
    const sample = mixedText(120);
    expect(sample).toMatch(/[\u0600-\u06FF]/);
    expect(sample).toMatch(/[A-Za-z]/);
    expect(sample).toMatch(/[0-9]/);
    expect(sample).toMatch(/[۰-۹]/);
    expect(sample).toMatch(/\p{Extended_Pictographic}/u);
  });
});
