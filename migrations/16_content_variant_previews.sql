-- =============================================================================
-- 16_content_variant_previews.sql — a cover and a preview video per aspect
-- =============================================================================
-- Every aspect of a template is laid out for its own frame, so a catalogue showing the
-- 9:16 variant wants the 9:16 thumbnail, not a crop of the 16:9 one. `flatrender seed
-- --previews` renders both per aspect into the file store and links them here; the
-- project-level cover_file_id / preview_video_file_id keep pointing at the 16:9 ones.
-- =============================================================================

ALTER TABLE content.project_variants
  ADD COLUMN cover_file_id uuid,
  ADD COLUMN preview_video_file_id uuid;

COMMENT ON COLUMN content.project_variants.cover_file_id IS 'soft reference to file_mgr.files.id (this aspect''s catalogue thumbnail, a still of the preview frame)';
COMMENT ON COLUMN content.project_variants.preview_video_file_id IS 'soft reference to file_mgr.files.id (a short low-resolution preview video of this aspect)';
