-- =============================================================================
-- 10_studio_saved_projects.sql — users' saved projects and audio library
-- =============================================================================
-- A saved project is a template plus everything the user chose: bindings, aspect,
-- quality and up to three audio tracks (music, sound effects, voiceover), each with
-- its own volume. Rendering it copies these into render.render_jobs.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Audio library (what the user uploaded or recorded, reusable across projects)
-- -----------------------------------------------------------------------------
CREATE TABLE studio.user_audio (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL,
  user_id     uuid,
  kind        text NOT NULL CHECK (kind IN ('music', 'voiceover', 'sfx')),
  file_id     uuid NOT NULL,
  title       text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  duration_ms integer NOT NULL CHECK (duration_ms > 0),
  waveform    jsonb CHECK (waveform IS NULL OR jsonb_typeof(waveform) = 'array'),
  created_at  timestamptz NOT NULL DEFAULT now(),
  deleted_at  timestamptz,
  CONSTRAINT user_audio_file_key UNIQUE NULLS NOT DISTINCT (tenant_id, user_id, kind, file_id)
);
CREATE INDEX user_audio_library_idx ON studio.user_audio (tenant_id, user_id, kind, created_at DESC) WHERE deleted_at IS NULL;
COMMENT ON TABLE studio.user_audio IS 'Audio library: music, voiceovers and sound effects a user (or the tenant, user_id NULL) can put on projects';
COMMENT ON COLUMN studio.user_audio.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN studio.user_audio.user_id IS 'soft reference to identity.users.id; NULL = tenant-wide stock audio';
COMMENT ON COLUMN studio.user_audio.file_id IS 'soft reference to file_mgr.files.id (the audio file)';
COMMENT ON COLUMN studio.user_audio.waveform IS 'Downsampled peak values for drawing the waveform, e.g. [0.1,0.4,…]';

-- -----------------------------------------------------------------------------
-- Saved projects
-- -----------------------------------------------------------------------------
CREATE TABLE studio.saved_projects (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id                 uuid NOT NULL,
  user_id                   uuid NOT NULL,
  project_id                uuid NOT NULL,
  template_key              text NOT NULL CHECK (template_key ~ '^[A-Z][A-Za-z0-9]*$'),
  title                     text NOT NULL DEFAULT '' CHECK (length(title) <= 200),
  bindings                  jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(bindings) = 'object'),
  aspect                    text NOT NULL DEFAULT '16:9' CHECK (aspect IN ('16:9', '1:1', '9:16')),
  quality                   text NOT NULL DEFAULT '1080p' CHECK (quality IN ('480p', '720p', '1080p', '2160p')),

  music_file_id             uuid,
  music_volume              numeric(4, 3) NOT NULL DEFAULT 1 CHECK (music_volume BETWEEN 0 AND 1),
  sfx_file_id               uuid,
  sfx_volume                numeric(4, 3) NOT NULL DEFAULT 1 CHECK (sfx_volume BETWEEN 0 AND 1),
  voiceover_file_id         uuid,
  voiceover_volume          numeric(4, 3) NOT NULL DEFAULT 1 CHECK (voiceover_volume BETWEEN 0 AND 1),
  voiceover_offset_ms       integer NOT NULL DEFAULT 0 CHECK (voiceover_offset_ms >= 0),
  voiceover_trim_start_ms   integer NOT NULL DEFAULT 0 CHECK (voiceover_trim_start_ms >= 0),
  voiceover_duration_ms     integer CHECK (voiceover_duration_ms > 0),
  voiceover_duck_music      boolean NOT NULL DEFAULT true,

  thumbnail_file_id         uuid,
  last_render_job_id        uuid,
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now(),
  deleted_at                timestamptz,
  CONSTRAINT saved_projects_voiceover_length_needs_file CHECK (voiceover_file_id IS NOT NULL OR voiceover_duration_ms IS NULL)
);
CREATE INDEX saved_projects_user_idx ON studio.saved_projects (tenant_id, user_id, updated_at DESC) WHERE deleted_at IS NULL;
COMMENT ON TABLE studio.saved_projects IS 'A user''s work in progress on a template: bindings, aspect, quality and audio tracks with per-track volume';
COMMENT ON COLUMN studio.saved_projects.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN studio.saved_projects.user_id IS 'soft reference to identity.users.id';
COMMENT ON COLUMN studio.saved_projects.project_id IS 'soft reference to content.projects.id (the template)';
COMMENT ON COLUMN studio.saved_projects.template_key IS 'content.projects.template_key at save time, so a list needs no call to the content service';
COMMENT ON COLUMN studio.saved_projects.bindings IS 'Values for the template''s bindings_schema (texts, colours, image file ids)';
COMMENT ON COLUMN studio.saved_projects.music_file_id IS 'soft reference to file_mgr.files.id (background music)';
COMMENT ON COLUMN studio.saved_projects.music_volume IS 'Gain 0..1 of the music track';
COMMENT ON COLUMN studio.saved_projects.sfx_file_id IS 'soft reference to file_mgr.files.id (sound-effects track)';
COMMENT ON COLUMN studio.saved_projects.sfx_volume IS 'Gain 0..1 of the sound-effects track';
COMMENT ON COLUMN studio.saved_projects.voiceover_file_id IS 'soft reference to file_mgr.files.id (voiceover recording)';
COMMENT ON COLUMN studio.saved_projects.voiceover_volume IS 'Gain 0..1 of the voiceover track';
COMMENT ON COLUMN studio.saved_projects.voiceover_offset_ms IS 'Where in the video the voiceover starts';
COMMENT ON COLUMN studio.saved_projects.voiceover_trim_start_ms IS 'How much of the recording''s start is skipped';
COMMENT ON COLUMN studio.saved_projects.voiceover_duration_ms IS 'How much of the recording plays; NULL = to its end (clipped to the video)';
COMMENT ON COLUMN studio.saved_projects.voiceover_duck_music IS 'Lower the music while the voiceover plays';
COMMENT ON COLUMN studio.saved_projects.thumbnail_file_id IS 'soft reference to file_mgr.files.id';
COMMENT ON COLUMN studio.saved_projects.last_render_job_id IS 'soft reference to render.render_jobs.id (most recent render of this project)';

CREATE TRIGGER saved_projects_touch_updated_at BEFORE UPDATE ON studio.saved_projects
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();
