-- =============================================================================
-- 06_content_projects.sql — templates: one project per template, one variant per aspect
-- =============================================================================
-- Model (the V2 seeding script's "containers/projects"):
--   content.projects          one row per template family, e.g. LogoMotion: names,
--                             category, the JSON Schema of its bindings, version.
--   content.project_variants  one row per aspect (16:9, 1:1, 9:16) of a project:
--                             native size, fps, length, and the composition to render.
-- Which engine renders a template and its default Remotion composition are added to
-- content.projects by 15_content_render_engine (the seed's "migration 32").
-- Composition lookup for a render: project_variants.remotion_composition_id for the
-- requested aspect, else projects.render_remotion_comp (the default, 16:9).
-- =============================================================================

CREATE TABLE content.projects (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id              uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  template_key           text NOT NULL CHECK (template_key ~ '^[A-Z][A-Za-z0-9]*$'),
  name_fa                text NOT NULL,
  name_en                text NOT NULL,
  description_fa         text NOT NULL DEFAULT '',
  description_en         text NOT NULL DEFAULT '',
  category_id            uuid REFERENCES content.categories (id) ON DELETE SET NULL,
  bindings_schema        jsonb NOT NULL DEFAULT '{"type":"object"}' CHECK (jsonb_typeof(bindings_schema) = 'object'),
  default_bindings       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(default_bindings) = 'object'),
  version                integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  enabled                boolean NOT NULL DEFAULT true,
  coming_soon            boolean NOT NULL DEFAULT false,
  is_3d                  boolean NOT NULL DEFAULT false,
  cover_file_id          uuid,
  preview_video_file_id  uuid,
  sort_order             integer NOT NULL DEFAULT 0,
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT projects_tenant_id_id_key UNIQUE (tenant_id, id),
  CONSTRAINT projects_tenant_template_key_key UNIQUE (tenant_id, template_key)
);
CREATE INDEX projects_tenant_catalogue_idx ON content.projects (tenant_id, enabled, sort_order);
CREATE INDEX projects_category_idx ON content.projects (category_id);
COMMENT ON TABLE content.projects IS 'Templates, one row per template family (LogoMotion, Hero3D, …); per-aspect data lives in content.project_variants';
COMMENT ON COLUMN content.projects.tenant_id IS 'soft reference to identity.tenants.id; platform templates belong to the default tenant 00000000-0000-0000-0000-000000000001';
COMMENT ON COLUMN content.projects.template_key IS 'PascalCase template id used on the wire (LogoMotion); unique per tenant. A tenant''s own template shadows a platform one with the same key';
COMMENT ON COLUMN content.projects.bindings_schema IS 'JSON Schema of the bindings (texts, colours, images) a render of this template accepts';
COMMENT ON COLUMN content.projects.version IS 'Bumped whenever the template''s output can change; part of the render snapshot cache key';
COMMENT ON COLUMN content.projects.coming_soon IS 'Listed in the catalogue but not yet renderable';
COMMENT ON COLUMN content.projects.cover_file_id IS 'soft reference to file_mgr.files.id (catalogue thumbnail)';
COMMENT ON COLUMN content.projects.preview_video_file_id IS 'soft reference to file_mgr.files.id (catalogue preview video)';

CREATE TRIGGER projects_touch_updated_at BEFORE UPDATE ON content.projects
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- -----------------------------------------------------------------------------
-- Aspect variants
-- -----------------------------------------------------------------------------
CREATE TABLE content.project_variants (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id               uuid NOT NULL,
  project_id              uuid NOT NULL,
  aspect                  text NOT NULL CHECK (aspect IN ('16:9', '1:1', '9:16')),
  width                   integer NOT NULL CHECK (width > 0),
  height                  integer NOT NULL CHECK (height > 0),
  fps                     integer NOT NULL CHECK (fps BETWEEN 1 AND 120),
  duration_frames         integer NOT NULL CHECK (duration_frames > 0),
  remotion_composition_id text CHECK (remotion_composition_id ~ '^[A-Za-z0-9-]+$'),
  ae_composition_name     text,
  ae_project_file_id      uuid,
  enabled                 boolean NOT NULL DEFAULT true,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, project_id) REFERENCES content.projects (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT project_variants_aspect_key UNIQUE (tenant_id, project_id, aspect),
  -- H.264 needs even dimensions.
  CONSTRAINT project_variants_even_size CHECK (width % 2 = 0 AND height % 2 = 0),
  -- The native size must really have the labelled aspect.
  CONSTRAINT project_variants_size_matches_aspect CHECK (
       (aspect = '16:9' AND width * 9 = height * 16)
    OR (aspect = '1:1'  AND width = height)
    OR (aspect = '9:16' AND width * 16 = height * 9))
);
COMMENT ON TABLE content.project_variants IS 'One row per aspect of a template: native size, fps, length and the composition to render';
COMMENT ON COLUMN content.project_variants.tenant_id IS 'soft reference to identity.tenants.id; always the project''s tenant (composite FK)';
COMMENT ON COLUMN content.project_variants.width IS 'Native composition width in px; quality tiers are scaled from it, aspect preserved';
COMMENT ON COLUMN content.project_variants.duration_frames IS 'Length in frames at fps; output seconds = duration_frames / fps';
COMMENT ON COLUMN content.project_variants.remotion_composition_id IS 'Remotion composition id for this aspect (e.g. LogoMotion-9x16); NULL = use content.projects.render_remotion_comp';
COMMENT ON COLUMN content.project_variants.ae_composition_name IS 'After Effects composition name inside the .aep for this aspect';
COMMENT ON COLUMN content.project_variants.ae_project_file_id IS 'soft reference to file_mgr.files.id (.aep project; unused when the engine is remotion)';

CREATE TRIGGER project_variants_touch_updated_at BEFORE UPDATE ON content.project_variants
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- -----------------------------------------------------------------------------
-- Tags of a project
-- -----------------------------------------------------------------------------
CREATE TABLE content.project_tags (
  tenant_id  uuid NOT NULL,
  project_id uuid NOT NULL,
  tag_id     uuid NOT NULL REFERENCES content.tags (id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, project_id) REFERENCES content.projects (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT project_tags_pkey PRIMARY KEY (tenant_id, project_id, tag_id)
);
CREATE INDEX project_tags_tag_idx ON content.project_tags (tag_id);
COMMENT ON TABLE content.project_tags IS 'Tags of a template (tenant_id = the project''s tenant; the tag may be a platform tag)';
COMMENT ON COLUMN content.project_tags.tenant_id IS 'soft reference to identity.tenants.id; always the project''s tenant (composite FK)';

-- -----------------------------------------------------------------------------
-- Per-tenant template enablement
-- -----------------------------------------------------------------------------
-- Platform templates are visible to every tenant unless a row here says otherwise;
-- a reseller can switch one off, reorder it, or rename it for its customers.
CREATE TABLE content.tenant_templates (
  tenant_id     uuid NOT NULL,
  project_id    uuid NOT NULL REFERENCES content.projects (id) ON DELETE CASCADE,
  enabled       boolean NOT NULL DEFAULT true,
  sort_order    integer,
  display_name_fa text,
  display_name_en text,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tenant_templates_pkey PRIMARY KEY (tenant_id, project_id)
);
CREATE INDEX tenant_templates_project_idx ON content.tenant_templates (project_id);
COMMENT ON TABLE content.tenant_templates IS 'Per-tenant overrides of template availability; no row = the template''s own enabled flag applies';
COMMENT ON COLUMN content.tenant_templates.tenant_id IS 'soft reference to identity.tenants.id (the tenant whose catalogue this changes)';
COMMENT ON COLUMN content.tenant_templates.sort_order IS 'Position in this tenant''s catalogue; NULL = the template''s own sort_order';

CREATE TRIGGER tenant_templates_touch_updated_at BEFORE UPDATE ON content.tenant_templates
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();
