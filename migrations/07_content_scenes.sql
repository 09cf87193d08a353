-- =============================================================================
-- 07_content_scenes.sql — scenes, colour slots, SVG colour previews
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Scenes (ordered, per project)
-- -----------------------------------------------------------------------------
CREATE TABLE content.scenes (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id          uuid NOT NULL,
  project_id         uuid NOT NULL,
  position           integer NOT NULL CHECK (position >= 0),
  scene_key          text NOT NULL CHECK (scene_key ~ '^[a-z][a-z0-9_]*$'),
  name_fa            text NOT NULL DEFAULT '',
  name_en            text NOT NULL DEFAULT '',
  start_frame        integer CHECK (start_frame >= 0),
  duration_frames    integer CHECK (duration_frames > 0),
  editable_fields    jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(editable_fields) = 'array'),
  thumbnail_file_id  uuid,
  created_at         timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, project_id) REFERENCES content.projects (tenant_id, id) ON DELETE CASCADE,
  -- Deferred so a reorder can swap positions inside one transaction.
  CONSTRAINT scenes_position_key UNIQUE (tenant_id, project_id, position) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT scenes_scene_key_key UNIQUE (tenant_id, project_id, scene_key)
);
COMMENT ON TABLE content.scenes IS 'Scenes of a template in play order; the editor groups a template''s bindings by scene';
COMMENT ON COLUMN content.scenes.tenant_id IS 'soft reference to identity.tenants.id; always the project''s tenant (composite FK)';
COMMENT ON COLUMN content.scenes.position IS '0-based play order, unique per project (checked at commit)';
COMMENT ON COLUMN content.scenes.scene_key IS 'Stable identifier used in the bindings schema and the composition code';
COMMENT ON COLUMN content.scenes.start_frame IS 'First frame of the scene in the 16:9 variant; informational, the composition is the truth';
COMMENT ON COLUMN content.scenes.editable_fields IS 'Binding keys shown in this scene''s editor panel, e.g. ["title","logo"]';
COMMENT ON COLUMN content.scenes.thumbnail_file_id IS 'soft reference to file_mgr.files.id';

-- -----------------------------------------------------------------------------
-- Colour slots (the editable palette of a template)
-- -----------------------------------------------------------------------------
CREATE TABLE content.project_color_slots (
  tenant_id   uuid NOT NULL,
  project_id  uuid NOT NULL,
  slot        text NOT NULL CHECK (slot IN ('primary', 'secondary', 'accent', 'background', 'text')),
  default_hex text NOT NULL CHECK (default_hex ~ '^#[0-9A-Fa-f]{6}$'),
  label_fa    text NOT NULL DEFAULT '',
  label_en    text NOT NULL DEFAULT '',
  FOREIGN KEY (tenant_id, project_id) REFERENCES content.projects (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT project_color_slots_pkey PRIMARY KEY (tenant_id, project_id, slot)
);
COMMENT ON TABLE content.project_color_slots IS 'Colour slots a template exposes (primary, secondary, accent, background, text) with their default #rrggbb';
COMMENT ON COLUMN content.project_color_slots.tenant_id IS 'soft reference to identity.tenants.id; always the project''s tenant (composite FK)';
COMMENT ON COLUMN content.project_color_slots.default_hex IS '#rrggbb used when the render''s bindings give no colour for this slot';

-- -----------------------------------------------------------------------------
-- SVG colour previews (drop an image → traced SVG recoloured live in the editor)
-- -----------------------------------------------------------------------------
CREATE TABLE content.template_svg_previews (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id        uuid NOT NULL,
  project_id       uuid NOT NULL,
  aspect           text CHECK (aspect IN ('16:9', '1:1', '9:16')),
  source_file_id   uuid,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'ready', 'failed')),
  svg              text,
  color_slot_map   jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(color_slot_map) = 'object'),
  error            text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, project_id) REFERENCES content.projects (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT template_svg_previews_ready_has_svg CHECK (status <> 'ready' OR svg IS NOT NULL)
);
CREATE INDEX template_svg_previews_project_idx ON content.template_svg_previews (tenant_id, project_id, aspect);
COMMENT ON TABLE content.template_svg_previews IS 'Traced SVG still of a template, recoloured in the browser per colour slot instead of rendering a preview';
COMMENT ON COLUMN content.template_svg_previews.tenant_id IS 'soft reference to identity.tenants.id; always the project''s tenant (composite FK)';
COMMENT ON COLUMN content.template_svg_previews.aspect IS 'Aspect the preview shows; NULL = any';
COMMENT ON COLUMN content.template_svg_previews.source_file_id IS 'soft reference to file_mgr.files.id (the dropped raster image that was traced)';
COMMENT ON COLUMN content.template_svg_previews.svg IS 'Traced SVG markup (sanitised: no scripts, no external references)';
COMMENT ON COLUMN content.template_svg_previews.color_slot_map IS 'Which SVG fills belong to which colour slot, e.g. {"#ff0000":"primary","#00ff00":"accent"}';

CREATE TRIGGER template_svg_previews_touch_updated_at BEFORE UPDATE ON content.template_svg_previews
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();
