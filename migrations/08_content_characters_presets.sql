-- =============================================================================
-- 08_content_characters_presets.sql — animated characters and presets
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Characters (e.g. the animated figures of NowruzGreeting)
-- -----------------------------------------------------------------------------
CREATE TABLE content.characters (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id         uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  character_key     text NOT NULL CHECK (character_key ~ '^[a-z][a-z0-9_]*$'),
  name_fa           text NOT NULL,
  name_en           text NOT NULL,
  description       text NOT NULL DEFAULT '',
  asset_file_id     uuid,
  thumbnail_file_id uuid,
  rig               jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(rig) = 'object'),
  enabled           boolean NOT NULL DEFAULT true,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT characters_tenant_id_id_key UNIQUE (tenant_id, id),
  CONSTRAINT characters_tenant_key_key UNIQUE (tenant_id, character_key)
);
COMMENT ON TABLE content.characters IS 'Animated characters templates can cast; default-tenant rows are the platform library';
COMMENT ON COLUMN content.characters.tenant_id IS 'soft reference to identity.tenants.id; default tenant = platform character';
COMMENT ON COLUMN content.characters.asset_file_id IS 'soft reference to file_mgr.files.id (the character''s asset bundle)';
COMMENT ON COLUMN content.characters.thumbnail_file_id IS 'soft reference to file_mgr.files.id';
COMMENT ON COLUMN content.characters.rig IS 'Poses/animations the character offers, e.g. {"animations":["wave","jump"]}';

CREATE TABLE content.project_characters (
  tenant_id    uuid NOT NULL,
  project_id   uuid NOT NULL,
  character_id uuid NOT NULL REFERENCES content.characters (id) ON DELETE CASCADE,
  role         text NOT NULL DEFAULT 'default' CHECK (role ~ '^[a-z][a-z0-9_]*$'),
  FOREIGN KEY (tenant_id, project_id) REFERENCES content.projects (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT project_characters_pkey PRIMARY KEY (tenant_id, project_id, character_id, role)
);
CREATE INDEX project_characters_character_idx ON content.project_characters (character_id);
COMMENT ON TABLE content.project_characters IS 'Characters a template can use (tenant_id = the project''s tenant; the character may be a platform one)';
COMMENT ON COLUMN content.project_characters.tenant_id IS 'soft reference to identity.tenants.id; always the project''s tenant (composite FK)';
COMMENT ON COLUMN content.project_characters.role IS 'Slot in the template the character fills (default, host, guest, …)';

-- -----------------------------------------------------------------------------
-- Presets (ready-made palettes and binding sets)
-- -----------------------------------------------------------------------------
CREATE TABLE content.presets (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  project_id  uuid,
  kind        text NOT NULL DEFAULT 'palette' CHECK (kind IN ('palette', 'bindings')),
  name_fa     text NOT NULL,
  name_en     text NOT NULL,
  colors      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(colors) = 'object'),
  bindings    jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(bindings) = 'object'),
  is_default  boolean NOT NULL DEFAULT false,
  sort_order  integer NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, project_id) REFERENCES content.projects (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX presets_project_idx ON content.presets (tenant_id, project_id, sort_order);
-- One default preset per template (and one global default).
CREATE UNIQUE INDEX presets_one_default_key ON content.presets (tenant_id, project_id) NULLS NOT DISTINCT WHERE is_default;
COMMENT ON TABLE content.presets IS 'Ready-made colour palettes / binding sets; project_id NULL = usable with any template';
COMMENT ON COLUMN content.presets.tenant_id IS 'soft reference to identity.tenants.id; default tenant = platform preset';
COMMENT ON COLUMN content.presets.colors IS 'Colour slot → #rrggbb, e.g. {"primary":"#1e88e5","text":"#ffffff"}';
COMMENT ON COLUMN content.presets.bindings IS 'Binding values merged over the template''s default_bindings';
