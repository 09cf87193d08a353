import { z } from 'zod';

export const TemplateKey = z.string().regex(/^[A-Z][A-Za-z0-9]{0,99}$/, 'a template id like LogoMotion');
export const TemplateParams = z.strictObject({ id: TemplateKey });

const Label = z.object({ fa: z.string(), en: z.string() });

export const TemplateAspect = z.object({
  composition_id: z.string().nullable(),
  width: z.number().int(),
  height: z.number().int(),
  fps: z.number().int(),
  duration_frames: z.number().int(),
  duration_seconds: z.number(),
  cover_url: z.string().nullable(),
  preview_video_url: z.string().nullable(),
});

export const Template = z.object({
  id: z.string().describe('PascalCase template id'),
  object: z.literal('template'),
  name: Label,
  description: Label,
  category: z.string().nullable(),
  kind: z.enum(['2d', '3d']),
  engine: z.enum(['remotion', 'aftereffects']),
  version: z.number().int(),
  enabled: z.boolean(),
  coming_soon: z.boolean(),
  aspects: z.record(z.string(), TemplateAspect),
  bindings: z.record(z.string(), z.unknown()).describe('JSON Schema 2020-12 of the bindings'),
  defaults: z.record(z.string(), z.unknown()),
  cover_url: z.string().nullable(),
  preview_video_url: z.string().nullable(),
});

const CompositionId = z.string().regex(/^[A-Za-z0-9-]{1,200}$/, 'a composition id like LogoMotion-16x9');

export const UpdateTemplate = z.strictObject({
  enabled: z.boolean().optional().describe('with flatrender-tenant: for that tenant only; without: for everyone'),
  engine: z.enum(['remotion', 'aftereffects']).optional(),
  compositions: z
    .strictObject({ '16:9': CompositionId.nullable().optional(), '1:1': CompositionId.nullable().optional(), '9:16': CompositionId.nullable().optional() })
    .optional()
    .describe('Remotion composition id per aspect'),
});
