import { z } from 'zod';
import { ASPECT_IDS, ASPECTS, compositionId, type Aspect } from './contract/aspects';
import { durationOf, type TemplateMeta } from './contract/define';
import { TEMPLATE_CATALOG } from './templates/catalog';

/** A JSON Schema document (draft 2020-12) as zod emits it; labels ride along from `.meta()`. */
export type JsonSchema = Record<string, unknown>;

export interface ManifestAspect {
  composition_id: string;
  width: number;
  height: number;
  fps: number;
  duration_frames: number;
  duration_seconds: number;
}

/** One template as the API, the seed and editors see it (snake_case, like the wire). */
export interface TemplateManifestEntry extends Pick<TemplateMeta, 'id' | 'name' | 'description' | 'category' | 'kind' | 'tags'> {
  engine: 'remotion';
  aspects: Record<Aspect, ManifestAspect>;
  bindings: JsonSchema;
  defaults: Record<string, unknown>;
  preview_frame: number;
}

export function defaultPropsOf(meta: TemplateMeta): Record<string, unknown> {
  return meta.schema.parse({}) as Record<string, unknown>;
}

/**
 * The bindings a reseller may send, as JSON Schema. `io: 'input'` because every field has
 * a default, so none is required on input; unknown keys are rejected (validateBindings does
 * the same), so a typo never silently falls back to the default.
 */
export function bindingsJsonSchema(meta: TemplateMeta): JsonSchema {
  return { ...z.toJSONSchema(meta.schema, { io: 'input' }), additionalProperties: false };
}

export function manifestAspects(meta: TemplateMeta, props: Record<string, unknown>): Record<Aspect, ManifestAspect> {
  const frames = durationOf(meta, props);
  const entries = ASPECT_IDS.map((aspect): [Aspect, ManifestAspect] => [
    aspect,
    {
      composition_id: compositionId(meta.id, aspect),
      width: ASPECTS[aspect].width,
      height: ASPECTS[aspect].height,
      fps: meta.fps,
      duration_frames: frames,
      duration_seconds: Math.round((frames / meta.fps) * 1000) / 1000,
    },
  ]);
  return Object.fromEntries(entries) as Record<Aspect, ManifestAspect>;
}

export function manifestEntry(meta: TemplateMeta): TemplateManifestEntry {
  const defaults = defaultPropsOf(meta);
  return {
    id: meta.id,
    name: meta.name,
    description: meta.description,
    category: meta.category,
    kind: meta.kind,
    tags: [...meta.tags],
    engine: 'remotion',
    aspects: manifestAspects(meta, defaults),
    bindings: bindingsJsonSchema(meta),
    defaults,
    preview_frame: meta.previewFrame(durationOf(meta, defaults)),
  };
}

/** The whole pack, derived from TEMPLATE_CATALOG × ASPECTS — there is no second list. */
export function templateManifest(): TemplateManifestEntry[] {
  return (TEMPLATE_CATALOG as readonly TemplateMeta[]).map(manifestEntry);
}
