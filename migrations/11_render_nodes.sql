-- =============================================================================
-- 11_render_nodes.sql — the render farm: nodes, health, crashes, template cache
-- =============================================================================
-- Nodes are platform infrastructure shared by all tenants, so these tables carry no
-- tenant_id. Agents register and heartbeat through the API (role agent).
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Nodes
-- -----------------------------------------------------------------------------
CREATE TABLE render.render_nodes (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name              text NOT NULL CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$'),
  hostname          text NOT NULL,
  cores             integer NOT NULL CHECK (cores > 0),
  memory_bytes      bigint NOT NULL CHECK (memory_bytes > 0),
  engines           text[] NOT NULL CHECK (engines <> '{}' AND engines <@ ARRAY['aftereffects', 'remotion']),
  version           text NOT NULL,
  slots             integer NOT NULL DEFAULT 1 CHECK (slots > 0),
  status            text NOT NULL DEFAULT 'online' CHECK (status IN ('online', 'draining', 'offline')),
  api_key_id        uuid,
  labels            jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(labels) = 'object'),
  registered_at     timestamptz NOT NULL DEFAULT now(),
  last_heartbeat_at timestamptz,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  -- Registration is an upsert on the name, so a restarted agent keeps its node id.
  CONSTRAINT render_nodes_name_key UNIQUE (name)
);
CREATE INDEX render_nodes_status_idx ON render.render_nodes (status, last_heartbeat_at);
COMMENT ON TABLE render.render_nodes IS 'Render machines running `flatrender agent`; shared by all tenants';
COMMENT ON COLUMN render.render_nodes.name IS 'Stable node name chosen by the operator (defaults to the hostname); unique';
COMMENT ON COLUMN render.render_nodes.engines IS 'Render engines installed on the node (aftereffects, remotion); claims only hand out chunks of these engines';
COMMENT ON COLUMN render.render_nodes.version IS 'Agent software version';
COMMENT ON COLUMN render.render_nodes.slots IS 'Chunks the node renders in parallel';
COMMENT ON COLUMN render.render_nodes.status IS 'online: claims work; draining: finishes its leases, claims nothing new; offline: missed heartbeats or stopped';
COMMENT ON COLUMN render.render_nodes.api_key_id IS 'soft reference to identity.tenant_api_keys.id (agent key that registered the node)';
COMMENT ON COLUMN render.render_nodes.labels IS 'Free operator labels, e.g. {"gpu":"none","zone":"thr-1"}';

CREATE TRIGGER render_nodes_touch_updated_at BEFORE UPDATE ON render.render_nodes
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- -----------------------------------------------------------------------------
-- Health samples (partitioned by month)
-- -----------------------------------------------------------------------------
CREATE TABLE render.node_health_logs (
  id                bigserial NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  node_id           uuid NOT NULL REFERENCES render.render_nodes (id) ON DELETE CASCADE,
  cpu_percent       numeric(5, 2) NOT NULL CHECK (cpu_percent BETWEEN 0 AND 100),
  memory_used_bytes bigint NOT NULL CHECK (memory_used_bytes >= 0),
  load_1m           numeric(8, 2) CHECK (load_1m >= 0),
  load_5m           numeric(8, 2) CHECK (load_5m >= 0),
  load_15m          numeric(8, 2) CHECK (load_15m >= 0),
  disk_free_bytes   bigint CHECK (disk_free_bytes >= 0),
  busy_slots        integer CHECK (busy_slots >= 0),
  CONSTRAINT node_health_logs_pkey PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE INDEX node_health_logs_node_idx ON render.node_health_logs (node_id, created_at DESC);
COMMENT ON TABLE render.node_health_logs IS 'Health samples sent with node heartbeats; RANGE-partitioned by UTC month on created_at, see public.fr_create_partitions';
COMMENT ON COLUMN render.node_health_logs.cpu_percent IS 'Whole-machine CPU use 0..100';
COMMENT ON COLUMN render.node_health_logs.load_1m IS 'Unix load average over 1 minute';
COMMENT ON COLUMN render.node_health_logs.busy_slots IS 'Slots rendering a chunk at sample time';

-- UTC bounds, matching public.fr_ensure_monthly_partitions.
CREATE TABLE render.node_health_logs_2026_01 PARTITION OF render.node_health_logs
  FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
CREATE TABLE render.node_health_logs_default PARTITION OF render.node_health_logs DEFAULT;

-- -----------------------------------------------------------------------------
-- Engine crashes (After Effects / Chromium) and their automatic recovery
-- -----------------------------------------------------------------------------
CREATE TABLE render.node_crashes (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  node_id         uuid NOT NULL REFERENCES render.render_nodes (id) ON DELETE CASCADE,
  render_job_id   uuid,   -- FK to render.render_jobs added in 12_render_jobs
  frame_job_id    uuid,   -- FK to render.frame_jobs added in 12_render_jobs
  engine          text NOT NULL CHECK (engine IN ('aftereffects', 'remotion')),
  exit_code       integer,
  signal          text,
  error_message   text,
  log_excerpt     text CHECK (length(log_excerpt) <= 16384),
  recovery_action text NOT NULL DEFAULT 'none' CHECK (recovery_action IN ('none', 'restarted', 'requeued', 'quarantined')),
  recovered_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX node_crashes_node_idx ON render.node_crashes (node_id, created_at DESC);
COMMENT ON TABLE render.node_crashes IS 'Engine crashes and lost leases per node, with the automatic recovery taken (restart engine, re-queue chunk, quarantine node)';
COMMENT ON COLUMN render.node_crashes.signal IS 'Terminating signal (SIGSEGV, SIGKILL) when the engine died from one';
COMMENT ON COLUMN render.node_crashes.log_excerpt IS 'Tail of the engine log at crash time';
COMMENT ON COLUMN render.node_crashes.recovery_action IS 'What the orchestrator did about it; quarantined nodes are set to draining';

-- -----------------------------------------------------------------------------
-- Local template cache on nodes (LRU)
-- -----------------------------------------------------------------------------
-- .aep projects and Remotion bundles are large; nodes keep recently used ones on disk
-- and report them here so the scheduler can prefer a node that already has the
-- template and the node can evict the least recently used.
CREATE TABLE render.node_template_cache (
  node_id          uuid NOT NULL REFERENCES render.render_nodes (id) ON DELETE CASCADE,
  template_key     text NOT NULL CHECK (template_key ~ '^[A-Z][A-Za-z0-9]*$'),
  template_version integer NOT NULL CHECK (template_version >= 1),
  engine           text NOT NULL CHECK (engine IN ('aftereffects', 'remotion')),
  bytes            bigint NOT NULL CHECK (bytes >= 0),
  local_path       text,
  hits             integer NOT NULL DEFAULT 0 CHECK (hits >= 0),
  cached_at        timestamptz NOT NULL DEFAULT now(),
  last_used_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT node_template_cache_pkey PRIMARY KEY (node_id, template_key, template_version, engine)
);
CREATE INDEX node_template_cache_lru_idx ON render.node_template_cache (node_id, last_used_at);
CREATE INDEX node_template_cache_template_idx ON render.node_template_cache (template_key, template_version);
COMMENT ON TABLE render.node_template_cache IS 'Templates cached on each node''s disk (LRU: evict by oldest last_used_at)';
COMMENT ON COLUMN render.node_template_cache.bytes IS 'Disk space the cached template uses on the node';
COMMENT ON COLUMN render.node_template_cache.hits IS 'Chunks rendered from this cache entry';
