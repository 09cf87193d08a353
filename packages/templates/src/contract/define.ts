import type { z } from 'zod';
import type { Label } from './fields';

export type TemplateCategory = 'logo' | 'intro' | 'social' | 'promo' | 'greeting' | 'event' | 'quote' | 'slideshow' | 'countdown';

/**
 * What a template is, without its React component: safe to import in Node (manifest,
 * CLI, seed, server) because it pulls in only zod. The component lives beside it and is
 * joined to it in `remotion/Root.tsx` (browser bundle only).
 */
export interface TemplateMeta<Schema extends z.ZodObject = z.ZodObject> {
  /** PascalCase id, also the API's template id: `LogoMotion`. */
  id: string;
  name: Label;
  description: Label;
  category: TemplateCategory;
  kind: '2d' | '3d';
  tags: string[];
  schema: Schema;
  fps: number;
  /** Fixed length, or computed from the props (Slideshow follows its photos). */
  durationInFrames: number | ((props: z.output<Schema>) => number);
  /** The frame used for the cover image and catalog thumbnails. */
  previewFrame: (durationInFrames: number) => number;
}

/** Keeps the literal id (`'LogoMotion'`), so the catalog's ids form a union type. */
export function defineTemplate<const Id extends string, Schema extends z.ZodObject>(
  meta: TemplateMeta<Schema> & { id: Id },
): TemplateMeta<Schema> & { id: Id } {
  return meta;
}

export type TemplateProps<Meta> = Meta extends TemplateMeta<infer S> ? z.output<S> : never;

export function durationOf(meta: TemplateMeta, props: Record<string, unknown>): number {
  return typeof meta.durationInFrames === 'function' ? meta.durationInFrames(props) : meta.durationInFrames;
}
