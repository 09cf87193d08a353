-- =============================================================================
-- 15_content_render_engine.sql — Remotion as the second render engine
-- =============================================================================
-- The seed's "migration 32": each template says which engine renders it. Existing
-- templates keep After Effects (the default); the render service resolves the engine
-- when it creates a job (render.render_jobs.engine) and skips the .aep for Remotion.
--
-- Composition lookup for a Remotion render of aspect A:
--   content.project_variants.remotion_composition_id (row for A), else
--   content.projects.render_remotion_comp (the default composition, normally 16:9).
-- A Remotion template with neither cannot be rendered; the API refuses to switch a
-- template to remotion in that state (it cannot be a CHECK: variants are other rows).
-- =============================================================================

ALTER TABLE content.projects
  ADD COLUMN render_engine text NOT NULL DEFAULT 'aftereffects'
    CONSTRAINT projects_render_engine_check CHECK (render_engine IN ('aftereffects', 'remotion')),
  ADD COLUMN render_remotion_comp text
    CONSTRAINT projects_render_remotion_comp_format CHECK (render_remotion_comp ~ '^[A-Za-z0-9-]+$');

COMMENT ON COLUMN content.projects.render_engine IS 'Engine that renders this template: aftereffects (default, .aep) or remotion (code-based)';
COMMENT ON COLUMN content.projects.render_remotion_comp IS 'Default Remotion composition id (the 16:9 one); per-aspect ids in content.project_variants.remotion_composition_id take precedence';
