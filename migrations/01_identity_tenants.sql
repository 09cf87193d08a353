-- =============================================================================
-- 01_identity_tenants.sql — the root of multi-tenancy and the reseller API
-- =============================================================================
-- identity.tenants is the root: every user, project, render job, file and
-- notification carries a tenant_id. Resellers (B2B API customers) are tenants; the
-- platform itself is the default tenant 00000000-0000-0000-0000-000000000001.
--
-- Convention used throughout: a parent that children reference "within the same
-- tenant" has UNIQUE (tenant_id, id), and the child's FK is (tenant_id, parent_id), so
-- the database itself refuses a row that points into another tenant.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Tenants
-- -----------------------------------------------------------------------------
CREATE TABLE identity.tenants (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug             text NOT NULL,
  name             text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  status           text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
  plan_id          uuid,          -- FK to identity.plans is added in 03_identity_billing
  balance_irt      bigint NOT NULL DEFAULT 0,
  contact_email    text CHECK (contact_email IS NULL OR contact_email ~ '^[^@\s]+@[^@\s]+$'),
  locale           text NOT NULL DEFAULT 'fa' CHECK (locale IN ('fa', 'en')),
  metadata         jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object'),
  suspended_at     timestamptz,
  suspended_reason text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tenants_slug_key UNIQUE (slug),
  CONSTRAINT tenants_slug_format CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'),
  -- Ledger rule: see 03_identity_billing (a trigger refuses any other change).
  CONSTRAINT tenants_balance_nonnegative CHECK (balance_irt >= 0),
  CONSTRAINT tenants_suspension_state CHECK ((status = 'suspended') = (suspended_at IS NOT NULL))
);
COMMENT ON TABLE identity.tenants IS 'Root of multi-tenancy: the platform (default tenant …0001) and every reseller';
COMMENT ON COLUMN identity.tenants.slug IS 'URL-safe unique handle (lowercase, digits, hyphens)';
COMMENT ON COLUMN identity.tenants.plan_id IS 'Current price plan (identity.plans); NULL = no plan assigned yet';
COMMENT ON COLUMN identity.tenants.balance_irt IS 'Cached prepaid balance in Toman (IRT) = sum(identity.credit_ledger.amount_irt); changed only by the ledger trigger';
COMMENT ON COLUMN identity.tenants.suspended_at IS 'Set together with status = suspended; suspended tenants keep their data but the API refuses them';

CREATE TRIGGER tenants_touch_updated_at BEFORE UPDATE ON identity.tenants
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- The platform operator's own tenant; platform templates and plans hang off it.
INSERT INTO identity.tenants (id, slug, name, status)
VALUES ('00000000-0000-0000-0000-000000000001', 'flatrender', 'FlatRender', 'active')
ON CONFLICT (id) DO NOTHING;

-- -----------------------------------------------------------------------------
-- White-label branding (one row per tenant)
-- -----------------------------------------------------------------------------
CREATE TABLE identity.tenant_branding (
  tenant_id                 uuid PRIMARY KEY REFERENCES identity.tenants (id) ON DELETE CASCADE,
  display_name              text CHECK (display_name IS NULL OR length(btrim(display_name)) BETWEEN 1 AND 200),
  logo_file_id              uuid,
  favicon_file_id           uuid,
  color_primary             text CHECK (color_primary ~ '^#[0-9A-Fa-f]{6}$'),
  color_secondary           text CHECK (color_secondary ~ '^#[0-9A-Fa-f]{6}$'),
  color_accent              text CHECK (color_accent ~ '^#[0-9A-Fa-f]{6}$'),
  color_background          text CHECK (color_background ~ '^#[0-9A-Fa-f]{6}$'),
  color_text                text CHECK (color_text ~ '^#[0-9A-Fa-f]{6}$'),
  custom_domain             text CHECK (custom_domain ~ '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$'),
  custom_domain_verified_at timestamptz,
  support_email             text CHECK (support_email IS NULL OR support_email ~ '^[^@\s]+@[^@\s]+$'),
  updated_at                timestamptz NOT NULL DEFAULT now()
);
-- A domain can point at one tenant only; lower() so Example.COM and example.com collide.
CREATE UNIQUE INDEX tenant_branding_custom_domain_key ON identity.tenant_branding (lower(custom_domain));
COMMENT ON TABLE identity.tenant_branding IS 'White-label branding of a tenant: name, logo, colours, custom domain. NULL fields fall back to FlatRender defaults';
COMMENT ON COLUMN identity.tenant_branding.display_name IS 'White-label product name shown instead of FlatRender';
COMMENT ON COLUMN identity.tenant_branding.logo_file_id IS 'soft reference to file_mgr.files.id (logo image)';
COMMENT ON COLUMN identity.tenant_branding.favicon_file_id IS 'soft reference to file_mgr.files.id (favicon)';
COMMENT ON COLUMN identity.tenant_branding.custom_domain IS 'Lowercase host name the white-label site is served on; unique across tenants';

CREATE TRIGGER tenant_branding_touch_updated_at BEFORE UPDATE ON identity.tenant_branding
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- -----------------------------------------------------------------------------
-- API keys
-- -----------------------------------------------------------------------------
-- A key reads fr_<mode>_<id>_<secret>. `prefix` (fr_<mode>_<id>) is stored in clear
-- for display and lookup; only SHA-256 of the secret is stored and the full key is
-- shown once. Platform keys act for every tenant and so belong to none; tenant and
-- agent keys always belong to exactly one tenant (agent keys of the shared farm
-- belong to the default tenant, which leaves room for a reseller's own nodes).
CREATE TABLE identity.tenant_api_keys (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id          uuid REFERENCES identity.tenants (id) ON DELETE CASCADE,
  name               text NOT NULL DEFAULT '' CHECK (length(name) <= 200),
  prefix             text NOT NULL,
  secret_hash        text NOT NULL,
  role               text NOT NULL CHECK (role IN ('platform', 'tenant', 'agent')),
  mode               text NOT NULL DEFAULT 'live' CHECK (mode IN ('live', 'test')),
  scopes             text[] NOT NULL DEFAULT '{}',
  created_by_key_id  uuid REFERENCES identity.tenant_api_keys (id) ON DELETE SET NULL,
  replaced_by_key_id uuid REFERENCES identity.tenant_api_keys (id) ON DELETE SET NULL,
  created_at         timestamptz NOT NULL DEFAULT now(),
  expires_at         timestamptz,
  revoked_at         timestamptz,
  last_used_at       timestamptz,
  CONSTRAINT tenant_api_keys_prefix_key UNIQUE (prefix),
  CONSTRAINT tenant_api_keys_secret_hash_key UNIQUE (secret_hash),
  CONSTRAINT tenant_api_keys_prefix_format CHECK (prefix ~ '^fr_(live|test)_[A-Za-z0-9]+$' AND split_part(prefix, '_', 2) = mode),
  CONSTRAINT tenant_api_keys_secret_hash_format CHECK (secret_hash ~ '^[0-9a-f]{64}$'),
  CONSTRAINT tenant_api_keys_platform_has_no_tenant CHECK ((role = 'platform') = (tenant_id IS NULL)),
  CONSTRAINT tenant_api_keys_expiry_after_creation CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX tenant_api_keys_tenant_idx ON identity.tenant_api_keys (tenant_id, created_at DESC) WHERE tenant_id IS NOT NULL;
COMMENT ON TABLE identity.tenant_api_keys IS 'API keys (fr_live_<id>_<secret>); only the SHA-256 of the secret is stored';
COMMENT ON COLUMN identity.tenant_api_keys.tenant_id IS 'Owning tenant; NULL exactly for platform keys, which act for all tenants';
COMMENT ON COLUMN identity.tenant_api_keys.prefix IS 'fr_<mode>_<id>: the non-secret part of the key, shown in lists and logs and used to look the key up';
COMMENT ON COLUMN identity.tenant_api_keys.secret_hash IS 'Lowercase hex SHA-256 of the secret part; never the plaintext';
COMMENT ON COLUMN identity.tenant_api_keys.scopes IS 'Extra restrictions such as renders:write; empty = everything the role allows';
COMMENT ON COLUMN identity.tenant_api_keys.replaced_by_key_id IS 'Set when the key was rolled; the old key stays usable until expires_at (grace period)';
COMMENT ON COLUMN identity.tenant_api_keys.last_used_at IS 'Best-effort, updated at most about once a minute per key to avoid write amplification';

-- -----------------------------------------------------------------------------
-- Webhook endpoints and their delivery log (Standard Webhooks)
-- -----------------------------------------------------------------------------
CREATE TABLE identity.tenant_webhooks (
  id                         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id                  uuid NOT NULL REFERENCES identity.tenants (id) ON DELETE CASCADE,
  url                        text NOT NULL CHECK (url ~ '^https?://\S+$' AND length(url) <= 2048),
  description                text NOT NULL DEFAULT '',
  secret                     text NOT NULL CHECK (secret ~ '^whsec_[A-Za-z0-9+/]+={0,2}$'),
  previous_secret            text CHECK (previous_secret ~ '^whsec_[A-Za-z0-9+/]+={0,2}$'),
  previous_secret_expires_at timestamptz,
  event_types                text[] NOT NULL DEFAULT '{}',
  enabled                    boolean NOT NULL DEFAULT true,
  disabled_at                timestamptz,
  disabled_reason            text,
  consecutive_failures       integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
  last_success_at            timestamptz,
  last_failure_at            timestamptz,
  created_at                 timestamptz NOT NULL DEFAULT now(),
  updated_at                 timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tenant_webhooks_tenant_id_id_key UNIQUE (tenant_id, id),
  CONSTRAINT tenant_webhooks_rotation_state CHECK ((previous_secret IS NULL) = (previous_secret_expires_at IS NULL)),
  CONSTRAINT tenant_webhooks_disabled_state CHECK (enabled = (disabled_at IS NULL))
);
COMMENT ON TABLE identity.tenant_webhooks IS 'Webhook endpoints of a tenant; events are signed with Standard Webhooks (HMAC-SHA256)';
COMMENT ON COLUMN identity.tenant_webhooks.secret IS 'whsec_<base64> signing secret, kept in clear because signing needs it';
COMMENT ON COLUMN identity.tenant_webhooks.previous_secret IS 'Secret before the last rotation; deliveries are signed with both until previous_secret_expires_at';
COMMENT ON COLUMN identity.tenant_webhooks.event_types IS 'Subscribed event types (render.completed, …); empty = all events';
COMMENT ON COLUMN identity.tenant_webhooks.disabled_at IS 'Set exactly when enabled = false (by the tenant or automatically after too many consecutive failures)';
COMMENT ON COLUMN identity.tenant_webhooks.consecutive_failures IS 'Reset to 0 on any successful delivery; drives automatic disabling';

CREATE TRIGGER tenant_webhooks_touch_updated_at BEFORE UPDATE ON identity.tenant_webhooks
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

CREATE TABLE identity.tenant_webhook_deliveries (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id        uuid NOT NULL,
  webhook_id       uuid NOT NULL,
  event_id         text NOT NULL CHECK (length(event_id) BETWEEN 1 AND 200),
  event_type       text NOT NULL CHECK (event_type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'),
  payload          jsonb NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempt_count    integer NOT NULL DEFAULT 0 CHECK (attempt_count >= 0),
  next_attempt_at  timestamptz DEFAULT now(),
  last_attempt_at  timestamptz,
  last_status_code smallint CHECK (last_status_code BETWEEN 100 AND 599),
  last_duration_ms integer CHECK (last_duration_ms >= 0),
  last_error       text,
  response_excerpt text CHECK (length(response_excerpt) <= 4096),
  replay_of_id     uuid REFERENCES identity.tenant_webhook_deliveries (id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  delivered_at     timestamptz,
  FOREIGN KEY (tenant_id, webhook_id) REFERENCES identity.tenant_webhooks (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT tenant_webhook_deliveries_pending_is_scheduled CHECK (status <> 'pending' OR next_attempt_at IS NOT NULL),
  CONSTRAINT tenant_webhook_deliveries_delivered_at CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
);
-- One original delivery per endpoint and event; manual replays are extra rows.
CREATE UNIQUE INDEX tenant_webhook_deliveries_event_key
  ON identity.tenant_webhook_deliveries (tenant_id, webhook_id, event_id) WHERE replay_of_id IS NULL;
CREATE INDEX tenant_webhook_deliveries_webhook_idx
  ON identity.tenant_webhook_deliveries (tenant_id, webhook_id, created_at DESC);
-- The dispatcher works across tenants, so this one index deliberately does not start
-- with tenant_id. Claim with FOR UPDATE SKIP LOCKED and push next_attempt_at forward
-- as a lease while sending.
CREATE INDEX tenant_webhook_deliveries_due_idx
  ON identity.tenant_webhook_deliveries (next_attempt_at) WHERE status = 'pending';
COMMENT ON TABLE identity.tenant_webhook_deliveries IS 'Webhook delivery log and retry queue: one row per (endpoint, event), plus one per manual replay';
COMMENT ON COLUMN identity.tenant_webhook_deliveries.event_id IS 'Standard Webhooks webhook-id (msg_…); identical on every attempt and on replays so receivers can deduplicate';
COMMENT ON COLUMN identity.tenant_webhook_deliveries.next_attempt_at IS 'When the dispatcher may try next (growing backoff); NULL once delivered or given up';
COMMENT ON COLUMN identity.tenant_webhook_deliveries.response_excerpt IS 'First bytes of the receiver''s response body, for the delivery log';
COMMENT ON COLUMN identity.tenant_webhook_deliveries.replay_of_id IS 'Original delivery this row replays (POST /v1/webhook_deliveries/{id}/replay)';

-- -----------------------------------------------------------------------------
-- Idempotency keys (Idempotency-Key header on every POST)
-- -----------------------------------------------------------------------------
CREATE TABLE identity.idempotency_keys (
  tenant_id       uuid NOT NULL REFERENCES identity.tenants (id) ON DELETE CASCADE,
  key             text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
  api_key_id      uuid REFERENCES identity.tenant_api_keys (id) ON DELETE SET NULL,
  method          text NOT NULL CHECK (method ~ '^[A-Z]+$'),
  path            text NOT NULL,
  request_hash    text NOT NULL CHECK (request_hash ~ '^[0-9a-f]{64}$'),
  response_status smallint CHECK (response_status BETWEEN 100 AND 599),
  response_body   jsonb,
  created_at      timestamptz NOT NULL DEFAULT now(),
  completed_at    timestamptz,
  expires_at      timestamptz NOT NULL DEFAULT now() + interval '24 hours',
  CONSTRAINT idempotency_keys_pkey PRIMARY KEY (tenant_id, key),
  CONSTRAINT idempotency_keys_kept_a_day CHECK (expires_at >= created_at + interval '24 hours'),
  CONSTRAINT idempotency_keys_completed_state CHECK ((response_status IS NULL) = (completed_at IS NULL))
);
CREATE INDEX idempotency_keys_expires_idx ON identity.idempotency_keys (expires_at);
COMMENT ON TABLE identity.idempotency_keys IS 'Stored first responses for Idempotency-Key: same key + same request replays, same key + different request is a 409';
COMMENT ON COLUMN identity.idempotency_keys.tenant_id IS 'Tenant of the calling key; requests made with a platform key are recorded under the default tenant 00000000-0000-0000-0000-000000000001';
COMMENT ON COLUMN identity.idempotency_keys.request_hash IS 'Hex SHA-256 of method, path and canonical body: decides replay (equal) versus idempotency_conflict (different)';
COMMENT ON COLUMN identity.idempotency_keys.response_status IS 'NULL while the first request is still in flight (a concurrent retry must wait or get a 409)';

-- -----------------------------------------------------------------------------
-- Usage metering
-- -----------------------------------------------------------------------------
CREATE TABLE identity.tenant_usage_daily (
  tenant_id      uuid NOT NULL REFERENCES identity.tenants (id) ON DELETE CASCADE,
  day            date NOT NULL,
  renders        integer NOT NULL DEFAULT 0 CHECK (renders >= 0),
  cache_hits     integer NOT NULL DEFAULT 0 CHECK (cache_hits >= 0),
  render_seconds numeric(14, 3) NOT NULL DEFAULT 0 CHECK (render_seconds >= 0),
  cost_irt       bigint NOT NULL DEFAULT 0 CHECK (cost_irt >= 0),
  api_requests   bigint NOT NULL DEFAULT 0 CHECK (api_requests >= 0),
  CONSTRAINT tenant_usage_daily_pkey PRIMARY KEY (tenant_id, day)
);
COMMENT ON TABLE identity.tenant_usage_daily IS 'Per-tenant usage per UTC day, upserted (INSERT … ON CONFLICT DO UPDATE) as renders complete';
COMMENT ON COLUMN identity.tenant_usage_daily.day IS 'UTC calendar day';
COMMENT ON COLUMN identity.tenant_usage_daily.render_seconds IS 'Seconds of output video rendered (cache hits included)';
COMMENT ON COLUMN identity.tenant_usage_daily.cost_irt IS 'Amount charged in Toman (IRT)';

-- -----------------------------------------------------------------------------
-- API request log (partitioned by month)
-- -----------------------------------------------------------------------------
-- High-volume and append-only: no FKs (a tenant or key may be deleted while its log
-- lines are kept), no request or response bodies.
CREATE TABLE identity.tenant_api_request_logs (
  id          bigserial NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  tenant_id   uuid,
  api_key_id  uuid,
  key_prefix  text,
  request_id  text NOT NULL,
  method      text NOT NULL CHECK (method ~ '^[A-Z]+$'),
  route       text NOT NULL,
  status      smallint NOT NULL CHECK (status BETWEEN 100 AND 599),
  duration_ms integer NOT NULL CHECK (duration_ms >= 0),
  client_ip   inet,
  CONSTRAINT tenant_api_request_logs_pkey PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);
CREATE INDEX tenant_api_request_logs_tenant_idx ON identity.tenant_api_request_logs (tenant_id, created_at DESC);
CREATE INDEX tenant_api_request_logs_request_idx ON identity.tenant_api_request_logs (request_id);
COMMENT ON TABLE identity.tenant_api_request_logs IS 'One line per API request (no bodies); RANGE-partitioned by UTC month on created_at, see public.fr_create_partitions';
COMMENT ON COLUMN identity.tenant_api_request_logs.tenant_id IS 'soft reference to identity.tenants.id (no FK: log lines outlive tenants); NULL for unauthenticated or platform requests';
COMMENT ON COLUMN identity.tenant_api_request_logs.api_key_id IS 'soft reference to identity.tenant_api_keys.id (no FK: log lines outlive keys)';
COMMENT ON COLUMN identity.tenant_api_request_logs.key_prefix IS 'fr_<mode>_<id> of the calling key, readable even after the key is deleted';
COMMENT ON COLUMN identity.tenant_api_request_logs.route IS 'Route pattern (/v1/renders/:id), not the raw URL, so ids and query strings do not leak';
COMMENT ON COLUMN identity.tenant_api_request_logs.request_id IS 'The x-request-id returned to the caller';

-- Bounds are written in UTC so the month does not depend on the migrating session's
-- time zone (public.fr_ensure_monthly_partitions uses the same bounds).
CREATE TABLE identity.tenant_api_request_logs_2026_01 PARTITION OF identity.tenant_api_request_logs
  FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2026-02-01 00:00:00+00');
CREATE TABLE identity.tenant_api_request_logs_default PARTITION OF identity.tenant_api_request_logs DEFAULT;
