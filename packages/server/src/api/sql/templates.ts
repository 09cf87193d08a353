import type { Queryable } from '../../db/database';
import { PLATFORM_TENANT } from '../support/scopes';

export interface TemplateRow {
  id: string;
  tenant_id: string;
  template_key: string;
  name_fa: string;
  name_en: string;
  description_fa: string;
  description_en: string;
  category: string | null;
  bindings_schema: Record<string, unknown>;
  default_bindings: Record<string, unknown>;
  version: number;
  enabled: boolean;
  coming_soon: boolean;
  is_3d: boolean;
  render_engine: 'remotion' | 'aftereffects';
  render_remotion_comp: string | null;
  cover_file_id: string | null;
  preview_video_file_id: string | null;
  sort_order: number;
}

export interface VariantRow {
  project_id: string;
  aspect: '16:9' | '1:1' | '9:16';
  width: number;
  height: number;
  fps: number;
  duration_frames: number;
  remotion_composition_id: string | null;
  enabled: boolean;
  cover_file_id: string | null;
  preview_video_file_id: string | null;
}

/**
 * The catalogue as one tenant sees it: platform templates plus its own, its own shadowing
 * a platform one with the same key, enabled per content.tenant_templates when it has a
 * row. `viewer` null = the platform's own view (platform templates, their global flag).
 */
const CATALOGUE = `
  select * from (
    select distinct on (p.template_key)
           p.id, p.tenant_id, p.template_key, p.name_fa, p.name_en, p.description_fa, p.description_en, c.slug as category,
           p.bindings_schema, p.default_bindings, p.version, coalesce(tt.enabled, p.enabled) as enabled, p.coming_soon, p.is_3d,
           p.render_engine, p.render_remotion_comp, p.cover_file_id, p.preview_video_file_id,
           coalesce(tt.sort_order, p.sort_order) as sort_order
      from content.projects p
      left join content.categories c on c.id = p.category_id
      left join content.tenant_templates tt on tt.project_id = p.id and tt.tenant_id = $1::uuid
     where p.tenant_id = $1::uuid or p.tenant_id = '${PLATFORM_TENANT}'::uuid
     order by p.template_key, (p.tenant_id = $1::uuid) desc
  ) visible`;

export async function listTemplates(tx: Queryable, viewer: string): Promise<TemplateRow[]> {
  return (await tx.query<TemplateRow>(`${CATALOGUE} order by sort_order, template_key`, [viewer])).rows;
}

export async function findTemplate(tx: Queryable, viewer: string, key: string): Promise<TemplateRow | undefined> {
  return (await tx.query<TemplateRow>(`${CATALOGUE} where template_key = $2`, [viewer, key])).rows[0];
}

export async function variantsOf(tx: Queryable, projectIds: string[]): Promise<VariantRow[]> {
  const { rows } = await tx.query<VariantRow>(
    `select project_id, aspect, width, height, fps, duration_frames, remotion_composition_id, enabled, cover_file_id, preview_video_file_id
       from content.project_variants where project_id = any($1::uuid[]) order by project_id, aspect`,
    [projectIds],
  );
  return rows;
}

/** The composition a render of `aspect` uses (15_content_render_engine's lookup rule). */
export function compositionFor(template: TemplateRow, variant: VariantRow | undefined): string | null {
  return variant?.remotion_composition_id ?? template.render_remotion_comp;
}
