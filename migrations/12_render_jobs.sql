-- =============================================================================
-- 12_render_jobs.sql — render jobs, their chunks (frame jobs), snapshots, exports
-- =============================================================================
-- PostgreSQL is the queue. A render job is split into frame-range chunks
-- (render.frame_jobs); agents claim one with
--
--   UPDATE render.frame_jobs
--      SET status = 'leased', lease_token = gen_random_uuid(), node_id = $node,
--          leased_at = now(), lease_expires_at = now() + $lease, attempts = attempts + 1
--    WHERE id = (SELECT id FROM render.frame_jobs
--                 WHERE status = 'queued' AND not_before <= now()
--                   AND attempts < max_attempts AND engine = ANY($node_engines)
--                 ORDER BY priority DESC, created_at, chunk_index
--                 LIMIT 1 FOR UPDATE SKIP LOCKED)
--   RETURNING *;
--
-- (served by frame_jobs_claim_idx). Heartbeat, complete and fail match
-- id AND lease_token AND status = 'leased': a zombie agent whose lease was reaped
-- and handed to another node matches nothing and must drop its work.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Render jobs
-- -----------------------------------------------------------------------------
CREATE TABLE render.render_jobs (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id          uuid NOT NULL,
  user_id            uuid,
  api_key_id         uuid,
  saved_project_id   uuid,
  project_id         uuid,
  template_key       text NOT NULL CHECK (template_key ~ '^[A-Z][A-Za-z0-9]*$'),
  template_version   integer NOT NULL CHECK (template_version >= 1),
  engine             text NOT NULL CHECK (engine IN ('aftereffects', 'remotion')),
  composition_id     text,
  aspect             text NOT NULL CHECK (aspect IN ('16:9', '1:1', '9:16')),
  quality            text NOT NULL CHECK (quality IN ('480p', '720p', '1080p', '2160p')),
  output_width       integer CHECK (output_width > 0 AND output_width % 2 = 0),
  output_height      integer CHECK (output_height > 0 AND output_height % 2 = 0),
  bindings           jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(bindings) = 'object'),
  audio              jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(audio) = 'object'),
  has_voiceover      boolean NOT NULL DEFAULT false,
  frames             integer NOT NULL CHECK (frames > 0),
  fps                integer NOT NULL CHECK (fps BETWEEN 1 AND 120),
  duration_seconds   numeric(10, 3) NOT NULL CHECK (duration_seconds > 0),
  chunk_frames       integer CHECK (chunk_frames > 0),
  cost_irt           bigint NOT NULL DEFAULT 0 CHECK (cost_irt >= 0),
  priority           smallint NOT NULL DEFAULT 0,
  status             text NOT NULL DEFAULT 'queued'
                     CHECK (status IN ('queued', 'rendering', 'assembling', 'completed', 'failed', 'canceled')),
  progress           numeric(4, 3) NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 1),
  error_code         text,
  error_message      text,
  cache_key          text NOT NULL CHECK (cache_key ~ '^[0-9a-f]{64}$'),
  cache_hit          boolean NOT NULL DEFAULT false,
  output_file_id     uuid,
  output_size_bytes  bigint CHECK (output_size_bytes >= 0),
  metadata           jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  started_at         timestamptz,
  completed_at       timestamptz,
  failed_at          timestamptz,
  canceled_at        timestamptz,
  CONSTRAINT render_jobs_tenant_id_id_key UNIQUE (tenant_id, id),
  CONSTRAINT render_jobs_completed_state CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
  CONSTRAINT render_jobs_completed_has_output CHECK (status <> 'completed' OR output_file_id IS NOT NULL),
  CONSTRAINT render_jobs_failed_state CHECK ((status = 'failed') = (failed_at IS NOT NULL) AND (status <> 'failed' OR error_code IS NOT NULL)),
  CONSTRAINT render_jobs_canceled_state CHECK ((status = 'canceled') = (canceled_at IS NOT NULL))
);
-- Cursor pagination of GET /v1/renders (newest first, id breaks ties).
CREATE INDEX render_jobs_tenant_list_idx ON render.render_jobs (tenant_id, created_at DESC, id DESC);
CREATE INDEX render_jobs_tenant_status_idx ON render.render_jobs (tenant_id, status);
CREATE INDEX render_jobs_tenant_cache_idx ON render.render_jobs (tenant_id, cache_key);
-- The orchestrator's cross-tenant view of unfinished work.
CREATE INDEX render_jobs_active_idx ON render.render_jobs (priority DESC, created_at)
  WHERE status IN ('queued', 'rendering', 'assembling');
COMMENT ON TABLE render.render_jobs IS 'A render of a template: queued → rendering → assembling → completed | failed | canceled';
COMMENT ON COLUMN render.render_jobs.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN render.render_jobs.user_id IS 'soft reference to identity.users.id (end customer the render is for, if known)';
COMMENT ON COLUMN render.render_jobs.api_key_id IS 'soft reference to identity.tenant_api_keys.id (key that created the render)';
COMMENT ON COLUMN render.render_jobs.saved_project_id IS 'soft reference to studio.saved_projects.id (when rendered from the studio)';
COMMENT ON COLUMN render.render_jobs.project_id IS 'soft reference to content.projects.id (the template)';
COMMENT ON COLUMN render.render_jobs.template_key IS 'PascalCase template id (LogoMotion) as requested';
COMMENT ON COLUMN render.render_jobs.template_version IS 'content.projects.version at creation; part of the cache key';
COMMENT ON COLUMN render.render_jobs.engine IS 'content.projects.render_engine at creation; every chunk of the job uses it';
COMMENT ON COLUMN render.render_jobs.composition_id IS 'Resolved composition (Remotion composition id or AE comp name) for the aspect';
COMMENT ON COLUMN render.render_jobs.audio IS 'Audio tracks: {"music":{"file_id","volume"},"sfx":{…},"voiceover":{"file_id","volume","offset_ms","duration_ms"}}';
COMMENT ON COLUMN render.render_jobs.has_voiceover IS 'audio contains a voiceover track (indexed-friendly flag; voiceover renders mix an extra track)';
COMMENT ON COLUMN render.render_jobs.duration_seconds IS 'Output length = frames / fps; the billed length';
COMMENT ON COLUMN render.render_jobs.chunk_frames IS 'Frames per chunk (every chunk the same length but the last)';
COMMENT ON COLUMN render.render_jobs.cost_irt IS 'Charged amount in Toman (IRT) = duration_seconds × tier price; debited once via identity.credit_ledger (kind render_debit, reference = this id)';
COMMENT ON COLUMN render.render_jobs.priority IS 'From the tenant''s plan (identity.plans.queue_priority); copied to its frame jobs';
COMMENT ON COLUMN render.render_jobs.progress IS 'Fraction done 0..1; set to 1 on completion';
COMMENT ON COLUMN render.render_jobs.error_code IS 'Machine-readable failure reason, required when failed';
COMMENT ON COLUMN render.render_jobs.cache_key IS 'Hex SHA-256 over template version, bindings, aspect, quality, audio and engine (same as render.snapshots.cache_key)';
COMMENT ON COLUMN render.render_jobs.cache_hit IS 'Served from render.snapshots without rendering';
COMMENT ON COLUMN render.render_jobs.output_file_id IS 'soft reference to file_mgr.files.id (the finished video), required when completed';
COMMENT ON COLUMN render.render_jobs.metadata IS 'Caller''s own key/values, echoed back on the API and in webhooks';

-- Status bookkeeping in one place: stamps the timestamps the CHECKs above demand,
-- keeps terminal states terminal, and bumps updated_at.
CREATE FUNCTION render.render_jobs_track_status() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.status IS DISTINCT FROM OLD.status AND OLD.status IN ('completed', 'failed', 'canceled') THEN
      RAISE EXCEPTION 'render job % is already %, it cannot become %', OLD.id, OLD.status, NEW.status
        USING ERRCODE = 'check_violation', CONSTRAINT = 'render_jobs_terminal_status';
    END IF;
    NEW.updated_at := now();
  END IF;
  IF NEW.status IN ('rendering', 'assembling') AND NEW.started_at IS NULL THEN
    NEW.started_at := now();
  ELSIF NEW.status = 'completed' THEN
    NEW.completed_at := coalesce(NEW.completed_at, now());
    NEW.progress := 1;
  ELSIF NEW.status = 'failed' THEN
    NEW.failed_at := coalesce(NEW.failed_at, now());
  ELSIF NEW.status = 'canceled' THEN
    NEW.canceled_at := coalesce(NEW.canceled_at, now());
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER render_jobs_track_status BEFORE INSERT OR UPDATE ON render.render_jobs
  FOR EACH ROW EXECUTE FUNCTION render.render_jobs_track_status();

-- -----------------------------------------------------------------------------
-- Job events (state history, progress, log lines)
-- -----------------------------------------------------------------------------
CREATE TABLE render.render_job_events (
  id            bigserial PRIMARY KEY,
  tenant_id     uuid NOT NULL,
  render_job_id uuid NOT NULL,
  type          text NOT NULL CHECK (type IN ('status', 'progress', 'chunk', 'log')),
  from_status   text,
  to_status     text,
  progress      numeric(4, 3) CHECK (progress BETWEEN 0 AND 1),
  message       text,
  data          jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
  created_at    timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, render_job_id) REFERENCES render.render_jobs (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT render_job_events_status_has_target CHECK (type <> 'status' OR to_status IS NOT NULL)
);
CREATE INDEX render_job_events_job_idx ON render.render_job_events (tenant_id, render_job_id, id);
COMMENT ON TABLE render.render_job_events IS 'History of a render (GET /v1/renders/{id}/events). Status rows are written by a trigger; services add progress/chunk/log rows';
COMMENT ON COLUMN render.render_job_events.tenant_id IS 'soft reference to identity.tenants.id; always the render job''s tenant (composite FK)';
COMMENT ON COLUMN render.render_job_events.id IS 'Monotonic: order and cursor of a job''s events';
COMMENT ON COLUMN render.render_job_events.from_status IS 'Previous status (type status); NULL for the creation event';

-- Every status change is recorded, whoever makes it; services must not insert
-- 'status' events themselves.
CREATE FUNCTION render.render_jobs_record_status() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
    INSERT INTO render.render_job_events (tenant_id, render_job_id, type, from_status, to_status, progress, message)
    VALUES (NEW.tenant_id, NEW.id, 'status',
            CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status, NEW.progress,
            CASE WHEN NEW.status = 'failed' THEN NEW.error_code END);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER render_jobs_record_status AFTER INSERT OR UPDATE OF status ON render.render_jobs
  FOR EACH ROW EXECUTE FUNCTION render.render_jobs_record_status();

-- -----------------------------------------------------------------------------
-- Frame jobs (chunks)
-- -----------------------------------------------------------------------------
CREATE TABLE render.frame_jobs (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id          uuid NOT NULL,
  render_job_id      uuid NOT NULL,
  chunk_index        integer NOT NULL CHECK (chunk_index >= 0),
  frame_start        integer NOT NULL CHECK (frame_start >= 0),
  frame_end          integer NOT NULL,
  engine             text NOT NULL CHECK (engine IN ('aftereffects', 'remotion')),
  priority           smallint NOT NULL DEFAULT 0,
  status             text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'leased', 'done', 'failed', 'canceled')),
  lease_token        uuid,
  lease_expires_at   timestamptz,
  leased_at          timestamptz,
  node_id            uuid REFERENCES render.render_nodes (id) ON DELETE SET NULL,
  attempts           integer NOT NULL DEFAULT 0,
  max_attempts       integer NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
  not_before         timestamptz NOT NULL DEFAULT now(),
  output_storage_key text,
  output_size_bytes  bigint CHECK (output_size_bytes >= 0),
  output_sha256      text CHECK (output_sha256 ~ '^[0-9a-f]{64}$'),
  verified_frames    integer,
  verified_at        timestamptz,
  last_error         text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  completed_at       timestamptz,
  FOREIGN KEY (tenant_id, render_job_id) REFERENCES render.render_jobs (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT frame_jobs_tenant_id_id_key UNIQUE (tenant_id, id),
  CONSTRAINT frame_jobs_chunk_key UNIQUE (tenant_id, render_job_id, chunk_index),
  CONSTRAINT frame_jobs_frame_range CHECK (frame_end >= frame_start),
  CONSTRAINT frame_jobs_attempts CHECK (attempts BETWEEN 0 AND max_attempts),
  CONSTRAINT frame_jobs_verified_frames CHECK (verified_frames BETWEEN 0 AND frame_end - frame_start + 1),
  CONSTRAINT frame_jobs_lease_state CHECK (status <> 'leased' OR (lease_token IS NOT NULL AND lease_expires_at IS NOT NULL AND node_id IS NOT NULL)),
  CONSTRAINT frame_jobs_done_has_output CHECK (status <> 'done' OR output_storage_key IS NOT NULL)
);
-- Claim order: highest priority first, then oldest, chunks of a job in order. Partial,
-- so it holds only claimable rows and stays small however long the history grows.
-- Deliberately not tenant-first: agents claim across all tenants.
CREATE INDEX frame_jobs_claim_idx ON render.frame_jobs (priority DESC, created_at, chunk_index) WHERE status = 'queued';
-- The reaper: leases that ran out.
CREATE INDEX frame_jobs_lease_expiry_idx ON render.frame_jobs (lease_expires_at) WHERE status = 'leased';
CREATE INDEX frame_jobs_node_idx ON render.frame_jobs (node_id) WHERE status = 'leased';
COMMENT ON TABLE render.frame_jobs IS 'Chunks of a render job: frame ranges agents claim with FOR UPDATE SKIP LOCKED under a lease token';
COMMENT ON COLUMN render.frame_jobs.tenant_id IS 'soft reference to identity.tenants.id; always the render job''s tenant (composite FK)';
COMMENT ON COLUMN render.frame_jobs.frame_end IS 'Last frame of the chunk, inclusive';
COMMENT ON COLUMN render.frame_jobs.engine IS 'Copied from the render job so a claim can filter by the node''s engines without a join';
COMMENT ON COLUMN render.frame_jobs.priority IS 'Copied from the render job (plan priority); claim order';
COMMENT ON COLUMN render.frame_jobs.lease_token IS 'Fresh uuid per claim; heartbeat/complete/fail must present it. Kept after done for audit';
COMMENT ON COLUMN render.frame_jobs.lease_expires_at IS 'Heartbeats push it forward; once past, the reaper re-queues the chunk (or fails it when attempts = max_attempts)';
COMMENT ON COLUMN render.frame_jobs.attempts IS 'Claims so far (incremented by the claim); a chunk is claimable only while attempts < max_attempts';
COMMENT ON COLUMN render.frame_jobs.not_before IS 'Backoff: not claimable before this time (set when re-queued after a failure)';
COMMENT ON COLUMN render.frame_jobs.output_storage_key IS 'Storage key of the rendered chunk (h264-ts) awaiting assembly';
COMMENT ON COLUMN render.frame_jobs.verified_frames IS 'Frames found in the chunk output by verification; less than the range means a repair job is needed';

CREATE TRIGGER frame_jobs_touch_updated_at BEFORE UPDATE ON render.frame_jobs
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- -----------------------------------------------------------------------------
-- Frame repair jobs (re-render exactly the frames a chunk is missing)
-- -----------------------------------------------------------------------------
CREATE TABLE render.frame_repair_jobs (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id          uuid NOT NULL,
  render_job_id      uuid NOT NULL,
  frame_job_id       uuid NOT NULL,
  frame_start        integer NOT NULL CHECK (frame_start >= 0),
  frame_end          integer NOT NULL,
  reason             text NOT NULL CHECK (reason IN ('missing', 'corrupt', 'verify_failed')),
  engine             text NOT NULL CHECK (engine IN ('aftereffects', 'remotion')),
  priority           smallint NOT NULL DEFAULT 0,
  status             text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'leased', 'done', 'failed', 'canceled')),
  lease_token        uuid,
  lease_expires_at   timestamptz,
  node_id            uuid REFERENCES render.render_nodes (id) ON DELETE SET NULL,
  attempts           integer NOT NULL DEFAULT 0,
  max_attempts       integer NOT NULL DEFAULT 3 CHECK (max_attempts >= 1),
  not_before         timestamptz NOT NULL DEFAULT now(),
  output_storage_key text,
  last_error         text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  completed_at       timestamptz,
  FOREIGN KEY (tenant_id, render_job_id) REFERENCES render.render_jobs (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, frame_job_id) REFERENCES render.frame_jobs (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT frame_repair_jobs_frame_range CHECK (frame_end >= frame_start),
  CONSTRAINT frame_repair_jobs_attempts CHECK (attempts BETWEEN 0 AND max_attempts),
  CONSTRAINT frame_repair_jobs_lease_state CHECK (status <> 'leased' OR (lease_token IS NOT NULL AND lease_expires_at IS NOT NULL AND node_id IS NOT NULL)),
  CONSTRAINT frame_repair_jobs_done_has_output CHECK (status <> 'done' OR output_storage_key IS NOT NULL)
);
CREATE INDEX frame_repair_jobs_chunk_idx ON render.frame_repair_jobs (tenant_id, frame_job_id);
CREATE INDEX frame_repair_jobs_job_idx ON render.frame_repair_jobs (tenant_id, render_job_id);
CREATE INDEX frame_repair_jobs_claim_idx ON render.frame_repair_jobs (priority DESC, created_at) WHERE status = 'queued';
CREATE INDEX frame_repair_jobs_lease_expiry_idx ON render.frame_repair_jobs (lease_expires_at) WHERE status = 'leased';
COMMENT ON TABLE render.frame_repair_jobs IS 'Re-render of an exact frame range a finished chunk turned out to miss; claimed like frame_jobs';
COMMENT ON COLUMN render.frame_repair_jobs.tenant_id IS 'soft reference to identity.tenants.id; always the render job''s tenant (composite FK)';
COMMENT ON COLUMN render.frame_repair_jobs.frame_start IS 'First missing frame (within the chunk''s range)';
COMMENT ON COLUMN render.frame_repair_jobs.frame_end IS 'Last missing frame, inclusive';

CREATE TRIGGER frame_repair_jobs_touch_updated_at BEFORE UPDATE ON render.frame_repair_jobs
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- Crashes can now point at what was being rendered.
ALTER TABLE render.node_crashes
  ADD CONSTRAINT node_crashes_render_job_id_fkey FOREIGN KEY (render_job_id) REFERENCES render.render_jobs (id) ON DELETE SET NULL,
  ADD CONSTRAINT node_crashes_frame_job_id_fkey FOREIGN KEY (frame_job_id) REFERENCES render.frame_jobs (id) ON DELETE SET NULL;
CREATE INDEX node_crashes_render_job_idx ON render.node_crashes (render_job_id);
CREATE INDEX node_crashes_frame_job_idx ON render.node_crashes (frame_job_id);

-- -----------------------------------------------------------------------------
-- Snapshots (render cache)
-- -----------------------------------------------------------------------------
-- Identical renders (same template version, bindings, aspect, quality, audio and
-- engine) reuse the first one's output. The cache is per tenant: the output file and
-- its retention belong to a tenant, so a hit never serves one tenant another's file.
CREATE TABLE render.snapshots (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id            uuid NOT NULL,
  cache_key            text NOT NULL CHECK (cache_key ~ '^[0-9a-f]{64}$'),
  template_key         text NOT NULL CHECK (template_key ~ '^[A-Z][A-Za-z0-9]*$'),
  template_version     integer NOT NULL CHECK (template_version >= 1),
  engine               text NOT NULL CHECK (engine IN ('aftereffects', 'remotion')),
  aspect               text NOT NULL CHECK (aspect IN ('16:9', '1:1', '9:16')),
  quality              text NOT NULL CHECK (quality IN ('480p', '720p', '1080p', '2160p')),
  source_render_job_id uuid REFERENCES render.render_jobs (id) ON DELETE SET NULL,
  output_file_id       uuid NOT NULL,
  duration_seconds     numeric(10, 3) NOT NULL CHECK (duration_seconds > 0),
  frames               integer NOT NULL CHECK (frames > 0),
  size_bytes           bigint CHECK (size_bytes >= 0),
  hit_count            integer NOT NULL DEFAULT 0 CHECK (hit_count >= 0),
  last_hit_at          timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  expires_at           timestamptz,
  CONSTRAINT snapshots_cache_key_key UNIQUE (tenant_id, cache_key)
);
CREATE INDEX snapshots_source_job_idx ON render.snapshots (source_render_job_id);
CREATE INDEX snapshots_expiry_idx ON render.snapshots (expires_at) WHERE expires_at IS NOT NULL;
COMMENT ON TABLE render.snapshots IS 'Render cache: one finished output per (tenant, cache key); a hit completes a render without rendering';
COMMENT ON COLUMN render.snapshots.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN render.snapshots.cache_key IS 'Hex SHA-256 of the canonical JSON of {template_key, template_version, bindings, aspect, quality, audio, engine}; unique per tenant';
COMMENT ON COLUMN render.snapshots.output_file_id IS 'soft reference to file_mgr.files.id (the cached video)';
COMMENT ON COLUMN render.snapshots.hit_count IS 'Renders served from this snapshot';
COMMENT ON COLUMN render.snapshots.expires_at IS 'Follows the output file''s expiry; an expired snapshot is a miss';

-- -----------------------------------------------------------------------------
-- Exports (deliverables derived from a finished render)
-- -----------------------------------------------------------------------------
CREATE TABLE render.exports (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL,
  render_job_id  uuid NOT NULL,
  user_id        uuid,
  format         text NOT NULL CHECK (format IN ('mp4', 'webm', 'gif', 'mov', 'png_sequence', 'poster_jpg')),
  quality        text CHECK (quality IN ('480p', '720p', '1080p', '2160p')),
  status         text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'processing', 'completed', 'failed')),
  file_id        uuid,
  error_message  text,
  download_count integer NOT NULL DEFAULT 0 CHECK (download_count >= 0),
  created_at     timestamptz NOT NULL DEFAULT now(),
  completed_at   timestamptz,
  expires_at     timestamptz,
  FOREIGN KEY (tenant_id, render_job_id) REFERENCES render.render_jobs (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT exports_completed_has_file CHECK (status <> 'completed' OR (file_id IS NOT NULL AND completed_at IS NOT NULL))
);
CREATE INDEX exports_job_idx ON render.exports (tenant_id, render_job_id, created_at DESC);
COMMENT ON TABLE render.exports IS 'Other formats/sizes produced from a completed render (GIF, WebM, poster frame, …)';
COMMENT ON COLUMN render.exports.tenant_id IS 'soft reference to identity.tenants.id; always the render job''s tenant (composite FK)';
COMMENT ON COLUMN render.exports.user_id IS 'soft reference to identity.users.id (who asked for the export)';
COMMENT ON COLUMN render.exports.file_id IS 'soft reference to file_mgr.files.id (the exported file)';
