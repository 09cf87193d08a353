-- =============================================================================
-- 13_file_manager.sql — files, folders, quotas, multipart uploads, cleanup
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Folders (a tree per tenant; user_id NULL = shared by the tenant)
-- -----------------------------------------------------------------------------
CREATE TABLE file_mgr.folders (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL,
  user_id    uuid,
  parent_id  uuid,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 255 AND name !~ '[/\\]' AND name NOT IN ('.', '..')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  CONSTRAINT folders_tenant_id_id_key UNIQUE (tenant_id, id),
  CONSTRAINT folders_not_own_parent CHECK (parent_id <> id),
  FOREIGN KEY (tenant_id, parent_id) REFERENCES file_mgr.folders (tenant_id, id) ON DELETE CASCADE
);
-- Sibling names are unique (case-insensitive) among live folders; NULLS NOT DISTINCT
-- so two top-level folders (parent NULL) of the same owner collide too.
CREATE UNIQUE INDEX folders_sibling_name_key ON file_mgr.folders (tenant_id, user_id, parent_id, lower(name))
  NULLS NOT DISTINCT WHERE deleted_at IS NULL;
CREATE INDEX folders_parent_idx ON file_mgr.folders (tenant_id, parent_id);
COMMENT ON TABLE file_mgr.folders IS 'Folder tree of a tenant''s files (per user, or shared when user_id is NULL)';
COMMENT ON COLUMN file_mgr.folders.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN file_mgr.folders.user_id IS 'soft reference to identity.users.id; NULL = tenant-wide folder';
COMMENT ON COLUMN file_mgr.folders.parent_id IS 'Parent folder in the same tenant; NULL = top level. Cycles are refused by a trigger';

CREATE TRIGGER folders_touch_updated_at BEFORE UPDATE ON file_mgr.folders
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- Moving a folder below one of its own descendants would detach a loop from the tree.
CREATE FUNCTION file_mgr.folders_refuse_cycle() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.parent_id IS NOT NULL AND EXISTS (
       WITH RECURSIVE ancestors AS (
         SELECT f.id, f.parent_id FROM file_mgr.folders f WHERE f.id = NEW.parent_id
         UNION
         SELECT f.id, f.parent_id FROM file_mgr.folders f JOIN ancestors a ON f.id = a.parent_id
       )
       SELECT 1 FROM ancestors WHERE id = NEW.id) THEN
    RAISE EXCEPTION 'folder % cannot move below its own descendant %', NEW.id, NEW.parent_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'folders_no_cycle';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER folders_refuse_cycle BEFORE UPDATE OF parent_id ON file_mgr.folders
  FOR EACH ROW EXECUTE FUNCTION file_mgr.folders_refuse_cycle();

-- -----------------------------------------------------------------------------
-- Files
-- -----------------------------------------------------------------------------
CREATE TABLE file_mgr.files (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id            uuid NOT NULL,
  user_id              uuid,
  folder_id            uuid,
  name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 255 AND name !~ '[/\\]'),
  mime_type            text NOT NULL CHECK (mime_type ~ '^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$'),
  size_bytes           bigint NOT NULL CHECK (size_bytes >= 0),
  sha256               text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key          text NOT NULL CHECK (length(storage_key) BETWEEN 1 AND 1024),
  kind                 text NOT NULL DEFAULT 'upload'
                       CHECK (kind IN ('upload', 'render_output', 'preview', 'thumbnail', 'export', 'template_asset')),
  visibility           text NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'public')),
  width                integer CHECK (width > 0),
  height               integer CHECK (height > 0),
  duration_ms          integer CHECK (duration_ms >= 0),
  metadata             jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
  source_render_job_id uuid,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  expires_at           timestamptz,
  deleted_at           timestamptz,
  CONSTRAINT files_tenant_id_id_key UNIQUE (tenant_id, id),
  -- One row owns one stored object: deleting the row may delete the object.
  CONSTRAINT files_storage_key_key UNIQUE (storage_key),
  FOREIGN KEY (tenant_id, folder_id) REFERENCES file_mgr.folders (tenant_id, id) ON DELETE RESTRICT
);
CREATE INDEX files_tenant_list_idx ON file_mgr.files (tenant_id, created_at DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX files_folder_idx ON file_mgr.files (tenant_id, folder_id) WHERE deleted_at IS NULL;
CREATE INDEX files_user_idx ON file_mgr.files (tenant_id, user_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX files_sha256_idx ON file_mgr.files (tenant_id, sha256);
-- The cleanup scheduler works across tenants.
CREATE INDEX files_expiry_idx ON file_mgr.files (expires_at) WHERE expires_at IS NOT NULL AND deleted_at IS NULL;
COMMENT ON TABLE file_mgr.files IS 'Every stored object: uploads, render outputs, previews. Bytes live in storage under storage_key';
COMMENT ON COLUMN file_mgr.files.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN file_mgr.files.user_id IS 'soft reference to identity.users.id; NULL = owned by the tenant (e.g. API renders)';
COMMENT ON COLUMN file_mgr.files.sha256 IS 'Hex SHA-256 of the content (integrity, and ETag for downloads)';
COMMENT ON COLUMN file_mgr.files.storage_key IS 'Object key in the storage backend (local directory or S3-compatible)';
COMMENT ON COLUMN file_mgr.files.kind IS 'Why the file exists; only uploads are refused by quotas, generated files are counted but never rejected';
COMMENT ON COLUMN file_mgr.files.visibility IS 'public files (template covers, blog images) may be served without auth';
COMMENT ON COLUMN file_mgr.files.source_render_job_id IS 'soft reference to render.render_jobs.id (for render outputs and exports)';
COMMENT ON COLUMN file_mgr.files.expires_at IS 'When cleanup may delete it (render outputs: plan retention); NULL = keep';
COMMENT ON COLUMN file_mgr.files.deleted_at IS 'Soft delete: hidden at once, bytes removed later by cleanup; no longer counts against quotas';

CREATE TRIGGER files_touch_updated_at BEFORE UPDATE ON file_mgr.files
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- -----------------------------------------------------------------------------
-- Quotas (per tenant: user_id NULL; per user: user_id set)
-- -----------------------------------------------------------------------------
-- used_bytes/used_files are maintained by a trigger on file_mgr.files in the same
-- transaction as the file change, so they cannot drift; rows are created on first
-- use with no limits (NULL). Uploads that would exceed a limit fail with SQLSTATE
-- 23514 and constraint name quotas_limit_exceeded. Every file change of a tenant
-- updates its tenant row, i.e. file writes of one tenant serialize briefly on it.
CREATE TABLE file_mgr.quotas (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL,
  user_id    uuid,
  max_bytes  bigint CHECK (max_bytes >= 0),
  max_files  integer CHECK (max_files >= 0),
  used_bytes bigint NOT NULL DEFAULT 0 CHECK (used_bytes >= 0),
  used_files integer NOT NULL DEFAULT 0 CHECK (used_files >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT quotas_owner_key UNIQUE NULLS NOT DISTINCT (tenant_id, user_id)
);
COMMENT ON TABLE file_mgr.quotas IS 'Storage limits and usage per tenant (user_id NULL) and per user; usage is trigger-maintained from file_mgr.files';
COMMENT ON COLUMN file_mgr.quotas.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN file_mgr.quotas.user_id IS 'soft reference to identity.users.id; NULL = the tenant-wide row';
COMMENT ON COLUMN file_mgr.quotas.max_bytes IS 'Limit on live (not deleted) bytes; NULL = unlimited. May be set below used_bytes: existing files stay, new uploads are refused';
COMMENT ON COLUMN file_mgr.quotas.used_bytes IS 'Sum of size_bytes of live files (trigger-maintained; recompute with file_mgr.recompute_quota_usage)';

CREATE FUNCTION file_mgr.apply_quota_delta(p_tenant uuid, p_user uuid, p_bytes bigint, p_files integer, p_enforce boolean)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  after_row record;
BEGIN
  IF p_bytes = 0 AND p_files = 0 THEN
    RETURN;
  END IF;
  -- greatest(…, 0): a quota row created after files existed must not block deletes.
  INSERT INTO file_mgr.quotas AS q (tenant_id, user_id, used_bytes, used_files)
  VALUES (p_tenant, p_user, greatest(p_bytes, 0), greatest(p_files, 0))
  ON CONFLICT (tenant_id, user_id) DO UPDATE
     SET used_bytes = greatest(q.used_bytes + p_bytes, 0),
         used_files = greatest(q.used_files + p_files, 0),
         updated_at = now()
  RETURNING q.used_bytes, q.used_files, q.max_bytes, q.max_files INTO after_row;

  IF p_enforce AND ((p_bytes > 0 AND after_row.used_bytes > after_row.max_bytes) OR (p_files > 0 AND after_row.used_files > after_row.max_files)) THEN
    RAISE EXCEPTION 'file quota exceeded for tenant % (%)', p_tenant,
                    CASE WHEN p_user IS NULL THEN 'tenant limit' ELSE 'user ' || p_user END
      USING ERRCODE = 'check_violation', CONSTRAINT = 'quotas_limit_exceeded',
            DETAIL = format('used %s of %s bytes, %s of %s files', after_row.used_bytes, coalesce(after_row.max_bytes::text, 'unlimited'),
                            after_row.used_files, coalesce(after_row.max_files::text, 'unlimited'));
  END IF;
END
$$;

CREATE FUNCTION file_mgr.files_track_quota() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  old_bytes bigint  := 0;
  old_files integer := 0;
  new_bytes bigint  := 0;
  new_files integer := 0;
  enforce   boolean := TG_OP <> 'DELETE' AND NEW.kind = 'upload';
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.tenant_id <> OLD.tenant_id THEN
    RAISE EXCEPTION 'a file cannot move to another tenant' USING ERRCODE = 'check_violation', CONSTRAINT = 'files_tenant_fixed';
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL THEN
    old_bytes := OLD.size_bytes; old_files := 1;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
    new_bytes := NEW.size_bytes; new_files := 1;
  END IF;

  -- Tenant-wide row.
  PERFORM file_mgr.apply_quota_delta(coalesce(NEW.tenant_id, OLD.tenant_id), NULL,
                                     new_bytes - old_bytes, new_files - old_files, enforce);
  -- Per-user rows (the owner may have changed).
  IF TG_OP = 'UPDATE' AND OLD.user_id IS NOT DISTINCT FROM NEW.user_id THEN
    IF NEW.user_id IS NOT NULL THEN
      PERFORM file_mgr.apply_quota_delta(NEW.tenant_id, NEW.user_id, new_bytes - old_bytes, new_files - old_files, enforce);
    END IF;
  ELSE
    IF TG_OP <> 'INSERT' AND OLD.user_id IS NOT NULL THEN
      PERFORM file_mgr.apply_quota_delta(OLD.tenant_id, OLD.user_id, -old_bytes, -old_files, false);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.user_id IS NOT NULL THEN
      PERFORM file_mgr.apply_quota_delta(NEW.tenant_id, NEW.user_id, new_bytes, new_files, enforce);
    END IF;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER files_track_quota AFTER INSERT OR DELETE OR UPDATE OF tenant_id, user_id, size_bytes, deleted_at
  ON file_mgr.files FOR EACH ROW EXECUTE FUNCTION file_mgr.files_track_quota();

CREATE FUNCTION file_mgr.recompute_quota_usage(p_tenant uuid) RETURNS void
LANGUAGE sql
AS $$
  INSERT INTO file_mgr.quotas AS q (tenant_id, user_id, used_bytes, used_files)
  SELECT p_tenant, owner.user_id, coalesce(sum(f.size_bytes), 0), count(f.id)
    FROM (SELECT NULL::uuid AS user_id
          UNION SELECT DISTINCT user_id FROM file_mgr.files WHERE tenant_id = p_tenant AND user_id IS NOT NULL
          UNION SELECT user_id FROM file_mgr.quotas WHERE tenant_id = p_tenant) owner
    LEFT JOIN file_mgr.files f
      ON f.tenant_id = p_tenant AND f.deleted_at IS NULL
     AND (owner.user_id IS NULL OR f.user_id = owner.user_id)
   GROUP BY owner.user_id
  ON CONFLICT (tenant_id, user_id) DO UPDATE
     SET used_bytes = EXCLUDED.used_bytes, used_files = EXCLUDED.used_files, updated_at = now();
$$;
COMMENT ON FUNCTION file_mgr.recompute_quota_usage(uuid) IS 'Rebuilds used_bytes/used_files of a tenant''s quota rows from file_mgr.files (repair tool; the trigger keeps them right)';

-- -----------------------------------------------------------------------------
-- Multipart uploads
-- -----------------------------------------------------------------------------
CREATE TABLE file_mgr.upload_sessions (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id        uuid NOT NULL,
  user_id          uuid,
  folder_id        uuid,
  file_name        text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255 AND file_name !~ '[/\\]'),
  mime_type        text NOT NULL CHECK (mime_type ~ '^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$'),
  total_size_bytes bigint NOT NULL CHECK (total_size_bytes > 0),
  part_size_bytes  integer NOT NULL CHECK (part_size_bytes > 0),
  part_count       integer GENERATED ALWAYS AS ((total_size_bytes + part_size_bytes - 1) / part_size_bytes) STORED,
  expected_sha256  text CHECK (expected_sha256 ~ '^[0-9a-f]{64}$'),
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'completing', 'completed', 'aborted', 'expired')),
  file_id          uuid,
  error_message    text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz NOT NULL DEFAULT now() + interval '24 hours',
  completed_at     timestamptz,
  CONSTRAINT upload_sessions_tenant_id_id_key UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, folder_id) REFERENCES file_mgr.folders (tenant_id, id) ON DELETE SET NULL (folder_id),
  FOREIGN KEY (tenant_id, file_id) REFERENCES file_mgr.files (tenant_id, id) ON DELETE SET NULL (file_id),
  CONSTRAINT upload_sessions_completed_has_file CHECK (status <> 'completed' OR (file_id IS NOT NULL AND completed_at IS NOT NULL))
);
CREATE INDEX upload_sessions_tenant_idx ON file_mgr.upload_sessions (tenant_id, created_at DESC);
-- The cleanup scheduler aborts stale sessions across tenants.
CREATE INDEX upload_sessions_expiry_idx ON file_mgr.upload_sessions (expires_at) WHERE status IN ('open', 'completing');
COMMENT ON TABLE file_mgr.upload_sessions IS 'Multipart uploads (POST /v1/uploads … /complete); the file row appears on completion';
COMMENT ON COLUMN file_mgr.upload_sessions.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN file_mgr.upload_sessions.user_id IS 'soft reference to identity.users.id';
COMMENT ON COLUMN file_mgr.upload_sessions.part_size_bytes IS 'Size of every part but the last';
COMMENT ON COLUMN file_mgr.upload_sessions.part_count IS 'Parts expected, derived from total and part size';
COMMENT ON COLUMN file_mgr.upload_sessions.expected_sha256 IS 'Client-declared hash of the whole file, checked on completion';
COMMENT ON COLUMN file_mgr.upload_sessions.file_id IS 'The resulting file once completed';

CREATE TABLE file_mgr.upload_parts (
  tenant_id         uuid NOT NULL,
  upload_session_id uuid NOT NULL,
  part_number       integer NOT NULL CHECK (part_number >= 1),
  size_bytes        integer NOT NULL CHECK (size_bytes > 0),
  sha256            text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  storage_key       text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, upload_session_id) REFERENCES file_mgr.upload_sessions (tenant_id, id) ON DELETE CASCADE,
  -- Re-sending a part replaces it (upsert on this key).
  CONSTRAINT upload_parts_pkey PRIMARY KEY (tenant_id, upload_session_id, part_number)
);
COMMENT ON TABLE file_mgr.upload_parts IS 'Received parts of a multipart upload';
COMMENT ON COLUMN file_mgr.upload_parts.tenant_id IS 'soft reference to identity.tenants.id; always the upload session''s tenant (composite FK)';
COMMENT ON COLUMN file_mgr.upload_parts.storage_key IS 'Temporary object key of the part; removed after assembly';

-- -----------------------------------------------------------------------------
-- Cleanup schedules
-- -----------------------------------------------------------------------------
CREATE TABLE file_mgr.cleanup_schedules (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id    uuid,
  target       text NOT NULL CHECK (target IN ('expired_files', 'deleted_files', 'stale_uploads', 'render_chunks',
                                               'idempotency_keys', 'webhook_deliveries', 'api_request_logs', 'node_health_logs')),
  retention    interval NOT NULL CHECK (retention >= interval '0'),
  run_every    interval NOT NULL CHECK (run_every >= interval '1 minute'),
  enabled      boolean NOT NULL DEFAULT true,
  last_run_at  timestamptz,
  next_run_at  timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  last_result  jsonb,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT cleanup_schedules_target_key UNIQUE NULLS NOT DISTINCT (tenant_id, target)
);
-- Scheduler: due rules across tenants, claimed with FOR UPDATE SKIP LOCKED.
CREATE INDEX cleanup_schedules_due_idx ON file_mgr.cleanup_schedules (next_run_at) WHERE enabled;
COMMENT ON TABLE file_mgr.cleanup_schedules IS 'What the cleanup scheduler deletes, how old it must be, and when each rule runs next';
COMMENT ON COLUMN file_mgr.cleanup_schedules.tenant_id IS 'soft reference to identity.tenants.id; NULL = platform-wide rule, a tenant row overrides it';
COMMENT ON COLUMN file_mgr.cleanup_schedules.target IS 'What to clean; targets outside file_mgr (api_request_logs, node_health_logs, webhook_deliveries, idempotency_keys) are run by their owning service';
COMMENT ON COLUMN file_mgr.cleanup_schedules.retention IS 'Keep items younger than this (measured from expiry for expired_files, from deletion for deleted_files)';
COMMENT ON COLUMN file_mgr.cleanup_schedules.locked_until IS 'Lease of the scheduler instance running the rule now';
COMMENT ON COLUMN file_mgr.cleanup_schedules.last_result IS 'Outcome of the last run, e.g. {"deleted":120,"bytes":52428800}';

CREATE TRIGGER cleanup_schedules_touch_updated_at BEFORE UPDATE ON file_mgr.cleanup_schedules
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

INSERT INTO file_mgr.cleanup_schedules (tenant_id, target, retention, run_every)
VALUES
  (NULL, 'expired_files',      interval '0',        interval '1 hour'),
  (NULL, 'deleted_files',      interval '7 days',   interval '1 day'),
  (NULL, 'stale_uploads',      interval '0',        interval '1 hour'),
  (NULL, 'render_chunks',      interval '1 day',    interval '1 hour'),
  (NULL, 'idempotency_keys',   interval '0',        interval '1 hour'),
  (NULL, 'webhook_deliveries', interval '30 days',  interval '1 day'),
  (NULL, 'api_request_logs',   interval '90 days',  interval '1 day'),
  (NULL, 'node_health_logs',   interval '30 days',  interval '1 day')
ON CONFLICT (tenant_id, target) DO NOTHING;
