import type { Queryable } from '../db/database';
import { ASPECT_IDS, type TemplateManifestEntry } from '@flatrender/templates';
import { categoryLabel, colorSlotRows, mainSceneFields, PLATFORM_TENANT, tagRows } from './catalog-rows';

export interface SeedCatalogResult {
  categories: number;
  tags: number;
  projects: { created: number; updated: number };
  variants: number;
  scenes: number;
  color_slots: number;
  /** Template tags with no ASCII form, so no content.tags slug. */
  skipped_tags: string[];
}

async function upsertCategory(tx: Queryable, slug: TemplateManifestEntry['category'], order: number): Promise<string> {
  const label = categoryLabel(slug);
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO content.categories (tenant_id, slug, name_fa, name_en, sort_order) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (tenant_id, slug) DO UPDATE SET name_fa = EXCLUDED.name_fa, name_en = EXCLUDED.name_en, sort_order = EXCLUDED.sort_order
     RETURNING id`,
    [PLATFORM_TENANT, slug, label.fa, label.en, order],
  );
  return rows[0]!.id;
}

async function upsertTag(tx: Queryable, slug: string, fa: string, en: string): Promise<string> {
  // DO UPDATE (not DO NOTHING) so RETURNING yields the id of an existing row too.
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO content.tags (tenant_id, slug, name_fa, name_en) VALUES ($1, $2, $3, $4)
     ON CONFLICT (tenant_id, slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
    [PLATFORM_TENANT, slug, fa, en],
  );
  return rows[0]!.id;
}

/**
 * Operator choices (enabled, coming_soon, covers) survive a re-seed; the version goes up
 * only when the bindings contract changes, since the version keys the snapshot cache.
 */
async function upsertProject(tx: Queryable, entry: TemplateManifestEntry, categoryId: string, order: number): Promise<{ id: string; created: boolean }> {
  const { rows } = await tx.query<{ id: string; created: boolean }>(
    `INSERT INTO content.projects AS p (tenant_id, template_key, name_fa, name_en, description_fa, description_en, category_id,
        bindings_schema, default_bindings, is_3d, sort_order, render_engine, render_remotion_comp)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'remotion', $12)
     ON CONFLICT (tenant_id, template_key) DO UPDATE SET
       name_fa = EXCLUDED.name_fa, name_en = EXCLUDED.name_en,
       description_fa = EXCLUDED.description_fa, description_en = EXCLUDED.description_en,
       category_id = EXCLUDED.category_id, is_3d = EXCLUDED.is_3d, sort_order = EXCLUDED.sort_order,
       render_engine = 'remotion', render_remotion_comp = EXCLUDED.render_remotion_comp,
       version = p.version + CASE WHEN p.bindings_schema IS DISTINCT FROM EXCLUDED.bindings_schema
                                    OR p.default_bindings IS DISTINCT FROM EXCLUDED.default_bindings THEN 1 ELSE 0 END,
       bindings_schema = EXCLUDED.bindings_schema, default_bindings = EXCLUDED.default_bindings
     RETURNING id, (xmax = 0) AS created`,
    [
      PLATFORM_TENANT, entry.id, entry.name.fa, entry.name.en, entry.description.fa, entry.description.en, categoryId,
      JSON.stringify(entry.bindings), JSON.stringify(entry.defaults), entry.kind === '3d', order, entry.aspects['16:9'].composition_id,
    ],
  );
  return rows[0]!;
}

async function upsertVariants(tx: Queryable, projectId: string, entry: TemplateManifestEntry): Promise<number> {
  for (const aspect of ASPECT_IDS) {
    const variant = entry.aspects[aspect];
    await tx.query(
      `INSERT INTO content.project_variants (tenant_id, project_id, aspect, width, height, fps, duration_frames, remotion_composition_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (tenant_id, project_id, aspect) DO UPDATE SET width = EXCLUDED.width, height = EXCLUDED.height,
         fps = EXCLUDED.fps, duration_frames = EXCLUDED.duration_frames, remotion_composition_id = EXCLUDED.remotion_composition_id`,
      [PLATFORM_TENANT, projectId, aspect, variant.width, variant.height, variant.fps, variant.duration_frames, variant.composition_id],
    );
  }
  return ASPECT_IDS.length;
}

async function upsertMainScene(tx: Queryable, projectId: string, entry: TemplateManifestEntry): Promise<void> {
  await tx.query(
    `INSERT INTO content.scenes (tenant_id, project_id, position, scene_key, name_fa, name_en, start_frame, duration_frames, editable_fields)
     VALUES ($1, $2, 0, 'main', 'صحنهٔ اصلی', 'Main scene', 0, $3, $4)
     ON CONFLICT (tenant_id, project_id, scene_key) DO UPDATE SET duration_frames = EXCLUDED.duration_frames, editable_fields = EXCLUDED.editable_fields`,
    [PLATFORM_TENANT, projectId, entry.aspects['16:9'].duration_frames, JSON.stringify(mainSceneFields(entry))],
  );
}

async function upsertColorSlots(tx: Queryable, projectId: string, entry: TemplateManifestEntry): Promise<number> {
  const slots = colorSlotRows(entry);
  for (const { slot, hex, label } of slots) {
    await tx.query(
      `INSERT INTO content.project_color_slots (tenant_id, project_id, slot, default_hex, label_fa, label_en) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (tenant_id, project_id, slot) DO UPDATE SET default_hex = EXCLUDED.default_hex, label_fa = EXCLUDED.label_fa, label_en = EXCLUDED.label_en`,
      [PLATFORM_TENANT, projectId, slot, hex, label.fa, label.en],
    );
  }
  return slots.length;
}

/** A project's tags become exactly the manifest's (stale links removed). */
async function syncProjectTags(tx: Queryable, projectId: string, tagIds: string[]): Promise<void> {
  await tx.query(`DELETE FROM content.project_tags WHERE tenant_id = $1 AND project_id = $2 AND NOT (tag_id = ANY($3::uuid[]))`, [PLATFORM_TENANT, projectId, tagIds]);
  for (const tagId of tagIds) {
    await tx.query(`INSERT INTO content.project_tags (tenant_id, project_id, tag_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [PLATFORM_TENANT, projectId, tagId]);
  }
}

/**
 * Upserts the template pack into the content schema as platform templates rendered by
 * Remotion. Idempotent: a second run changes nothing unless the manifest changed. Run it
 * inside one transaction so a failure leaves the previous catalogue intact.
 */
export async function seedTemplateCatalog(tx: Queryable, manifest: readonly TemplateManifestEntry[]): Promise<SeedCatalogResult> {
  // Platform scope for the RLS policies of 17_api_rls: the migrating owner is subject to
  // them (FORCE) unless it is a superuser. Transaction-local, like the caller's transaction.
  await tx.query("select set_config('app.scope', 'platform', true)");
  const result: SeedCatalogResult = { categories: 0, tags: 0, projects: { created: 0, updated: 0 }, variants: 0, scenes: 0, color_slots: 0, skipped_tags: [] };
  const categories = new Map<string, string>();
  const tags = new Map<string, string>();
  for (const [order, entry] of manifest.entries()) {
    if (!categories.has(entry.category)) categories.set(entry.category, await upsertCategory(tx, entry.category, categories.size));
    const { rows: tagList, skipped } = tagRows(entry.tags);
    result.skipped_tags.push(...skipped.filter((tag) => !result.skipped_tags.includes(tag)));
    for (const tag of tagList) if (!tags.has(tag.slug)) tags.set(tag.slug, await upsertTag(tx, tag.slug, tag.name.fa, tag.name.en));

    const project = await upsertProject(tx, entry, categories.get(entry.category)!, order);
    result.projects[project.created ? 'created' : 'updated'] += 1;
    result.variants += await upsertVariants(tx, project.id, entry);
    await upsertMainScene(tx, project.id, entry);
    result.scenes += 1;
    result.color_slots += await upsertColorSlots(tx, project.id, entry);
    await syncProjectTags(tx, project.id, tagList.map((tag) => tags.get(tag.slug)!));
  }
  result.categories = categories.size;
  result.tags = tags.size;
  return result;
}
