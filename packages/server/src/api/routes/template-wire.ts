import { compositionFor, type TemplateRow, type VariantRow } from '../sql/templates';

/** File ids become API URLs; the file routes serve them (files issue). */
const fileUrl = (id: string | null) => (id ? `/v1/files/${id}/content` : null);

export function templateToWire(row: TemplateRow, variants: VariantRow[]) {
  const aspects = Object.fromEntries(
    variants
      .filter((v) => v.project_id === row.id && v.enabled)
      .map((v) => [
        v.aspect,
        {
          composition_id: compositionFor(row, v),
          width: v.width,
          height: v.height,
          fps: v.fps,
          duration_frames: v.duration_frames,
          duration_seconds: Math.round((v.duration_frames / v.fps) * 1000) / 1000,
          cover_url: fileUrl(v.cover_file_id),
          preview_video_url: fileUrl(v.preview_video_file_id),
        },
      ]),
  );
  return {
    id: row.template_key,
    object: 'template' as const,
    name: { fa: row.name_fa, en: row.name_en },
    description: { fa: row.description_fa, en: row.description_en },
    category: row.category,
    kind: row.is_3d ? ('3d' as const) : ('2d' as const),
    engine: row.render_engine,
    version: row.version,
    enabled: row.enabled,
    coming_soon: row.coming_soon,
    aspects,
    bindings: row.bindings_schema,
    defaults: row.default_bindings,
    cover_url: fileUrl(row.cover_file_id),
    preview_video_url: fileUrl(row.preview_video_file_id),
  };
}
