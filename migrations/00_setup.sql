-- =============================================================================
-- 00_setup.sql — schemas, database roles, shared helper functions
-- =============================================================================
-- One database, one schema per service. Each service connects with its own role,
-- limited to its own schema; the API server switches to flatrender_app so that the
-- row-level security policies added by later migrations apply to it.
--
-- Operator recipe: give a service a login (roles below are NOLOGIN groups).
--
--   CREATE ROLE identity_login LOGIN PASSWORD 'change-me' IN ROLE identity_svc;
--   GRANT CONNECT ON DATABASE flatrender TO identity_login;
--   ALTER ROLE identity_login IN DATABASE flatrender SET search_path = identity;
--
--   (same for content_svc, studio_svc, render_svc, file_svc, notification_svc)
--
--   The API server logs in as its own role and switches per tenant transaction:
--   CREATE ROLE flatrender_api LOGIN PASSWORD 'change-me';
--   GRANT flatrender_app TO flatrender_api;
--   GRANT CONNECT ON DATABASE flatrender TO flatrender_api;
--   -- in each tenant transaction: SET LOCAL ROLE flatrender_app;
--
-- Run every migration as the same role (the schema owner, normally the role that ran
-- this file): ALTER DEFAULT PRIVILEGES only covers tables created by that role.
--
-- This file is safe to run again, and safe to run at the same moment in several
-- databases of one cluster (roles are cluster-wide; the test suite does exactly that).
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Schemas
-- -----------------------------------------------------------------------------
CREATE SCHEMA IF NOT EXISTS identity;
CREATE SCHEMA IF NOT EXISTS content;
CREATE SCHEMA IF NOT EXISTS studio;
CREATE SCHEMA IF NOT EXISTS render;
CREATE SCHEMA IF NOT EXISTS file_mgr;
CREATE SCHEMA IF NOT EXISTS notification;

COMMENT ON SCHEMA identity IS 'Identity service: tenants, users, auth, API keys, webhooks, plans, payments, credit ledger, gamification';
COMMENT ON SCHEMA content IS 'Content service: templates (projects and their aspect variants), scenes, colours, characters, presets, CMS';
COMMENT ON SCHEMA studio IS 'Studio service: users'' saved projects and their audio (music, voiceover, sfx)';
COMMENT ON SCHEMA render IS 'Render orchestrator: render jobs, frame jobs (chunks), nodes, snapshots, exports';
COMMENT ON SCHEMA file_mgr IS 'File service: files, folders, quotas, multipart uploads, cleanup schedules';
COMMENT ON SCHEMA notification IS 'Notification service: in-app notifications, preferences, per-channel delivery outbox';

-- -----------------------------------------------------------------------------
-- Roles (cluster-wide)
-- -----------------------------------------------------------------------------
-- Created only when missing. Two databases of one cluster may run this at the same
-- moment: the loser of that race gets duplicate_object or unique_violation, which
-- means "already there". The comment is written only by the creator, because a
-- concurrent COMMENT ON ROLE would fail with "tuple concurrently updated".
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN
    SELECT * FROM (VALUES
      ('identity_svc',     'FlatRender identity service: DML in schema identity only'),
      ('content_svc',      'FlatRender content service: DML in schema content only'),
      ('studio_svc',       'FlatRender studio service: DML in schema studio only'),
      ('render_svc',       'FlatRender render orchestrator: DML in schema render only'),
      ('file_svc',         'FlatRender file service: DML in schema file_mgr only'),
      ('notification_svc', 'FlatRender notification service: DML in schema notification only'),
      ('flatrender_app',   'FlatRender API server role (SET ROLE target): DML in all six schemas, never bypasses RLS')
    ) AS v(name, note)
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r.name) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS', r.name);
        EXECUTE format('COMMENT ON ROLE %I IS %L', r.name, r.note);
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- created concurrently by another database of this cluster
      END;
    END IF;
  END LOOP;

  -- RLS is only as good as this: refuse to continue on a tampered role rather than
  -- silently ship a role that ignores every policy.
  IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles
              WHERE rolname = 'flatrender_app' AND (rolsuper OR rolbypassrls)) THEN
    RAISE EXCEPTION 'role flatrender_app must be NOSUPERUSER NOBYPASSRLS; fix it with ALTER ROLE flatrender_app NOSUPERUSER NOBYPASSRLS';
  END IF;
END
$$;

-- -----------------------------------------------------------------------------
-- Privileges
-- -----------------------------------------------------------------------------
-- Each service role: USAGE on its schema, DML on its tables (now and future).
-- flatrender_app: the same on all six schemas. Nobody else: schemas and tables start
-- with no PUBLIC privileges, and the REVOKE makes that explicit on re-runs.
-- GRANT ... ON ALL TABLES covers tables that already exist when this file is re-run.
DO $$
DECLARE
  g record;
BEGIN
  FOR g IN
    SELECT * FROM (VALUES
      ('identity', 'identity_svc'),
      ('content', 'content_svc'),
      ('studio', 'studio_svc'),
      ('render', 'render_svc'),
      ('file_mgr', 'file_svc'),
      ('notification', 'notification_svc')
    ) AS v(schema_name, role_name)
  LOOP
    EXECUTE format('REVOKE ALL ON SCHEMA %I FROM PUBLIC', g.schema_name);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, flatrender_app', g.schema_name, g.role_name);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I, flatrender_app',
                   g.schema_name, g.role_name);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I, flatrender_app',
                   g.schema_name, g.role_name);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I, flatrender_app',
                   g.schema_name, g.role_name);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I, flatrender_app',
                   g.schema_name, g.role_name);
  END LOOP;
END
$$;

-- -----------------------------------------------------------------------------
-- Shared trigger: updated_at
-- -----------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION public.fr_touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
COMMENT ON FUNCTION public.fr_touch_updated_at() IS 'BEFORE UPDATE trigger: keeps updated_at honest without relying on every query to set it';

-- -----------------------------------------------------------------------------
-- Monthly partitions (identity.tenant_api_request_logs, render.node_health_logs)
-- -----------------------------------------------------------------------------
-- Partitions are whole UTC months named <table>_YYYY_MM. Each partitioned table also
-- has a DEFAULT partition, so an insert for a month nobody created yet still succeeds.
-- PostgreSQL refuses to create a month partition while the DEFAULT partition holds
-- rows for that month, so the function builds the new partition as a plain table,
-- moves those rows into it and only then attaches it — all in the caller's
-- transaction, so a failure leaves nothing half-done.
CREATE OR REPLACE FUNCTION public.fr_ensure_monthly_partitions(
  parent       regclass,
  months_ahead integer,
  from_month   date DEFAULT date_trunc('month', now() AT TIME ZONE 'UTC')::date
) RETURNS SETOF text
LANGUAGE plpgsql
-- Pinned so regclass prints schema-qualified and no caller object shadows a builtin.
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  parent_schema text;
  parent_name   text;
  key_column    text;
  key_type      regtype;
  default_part  regclass;
  column_list   text;
  month_start   date;
  lower_bound   timestamptz;
  upper_bound   timestamptz;
  part_name     text;
BEGIN
  IF months_ahead IS NULL OR months_ahead < 0 OR months_ahead > 120 THEN
    RAISE EXCEPTION 'months_ahead must be between 0 and 120, got %', months_ahead
      USING ERRCODE = 'invalid_parameter_value';
  END IF;

  SELECT n.nspname, c.relname, a.attname, a.atttypid::regtype, NULLIF(pt.partdefid, 0)::regclass
    INTO parent_schema, parent_name, key_column, key_type, default_part
    FROM pg_partitioned_table pt
    JOIN pg_class c ON c.oid = pt.partrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = pt.partrelid AND a.attnum = pt.partattrs[0]
   WHERE pt.partrelid = parent AND pt.partstrat = 'r' AND pt.partnatts = 1;
  IF NOT FOUND OR key_type <> 'timestamp with time zone'::regtype THEN
    RAISE EXCEPTION '% is not a table range-partitioned on one timestamptz column', parent
      USING ERRCODE = 'invalid_parameter_value';
  END IF;

  -- Cron and an operator running `flatrender db partitions` at once must not both try
  -- to create the same month.
  PERFORM pg_advisory_xact_lock(hashtext('fr_ensure_monthly_partitions'), hashtext(parent::text));

  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum)
    INTO column_list
    FROM pg_attribute
   WHERE attrelid = parent AND attnum > 0 AND NOT attisdropped;

  FOR i IN 0..months_ahead LOOP
    month_start := (date_trunc('month', from_month) + make_interval(months => i))::date;
    part_name   := parent_name || '_' || to_char(month_start, 'YYYY_MM');
    CONTINUE WHEN to_regclass(format('%I.%I', parent_schema, part_name)) IS NOT NULL;

    lower_bound := month_start::timestamp AT TIME ZONE 'UTC';
    upper_bound := (month_start + interval '1 month') AT TIME ZONE 'UTC';

    EXECUTE format('CREATE TABLE %I.%I (LIKE %s INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE)',
                   parent_schema, part_name, parent);
    IF default_part IS NOT NULL THEN
      -- Explicit column lists: the default partition's physical column order need not
      -- match the parent's.
      EXECUTE format('WITH moved AS (DELETE FROM %s WHERE %I >= $1 AND %I < $2 RETURNING %s) '
                     'INSERT INTO %I.%I (%s) SELECT %s FROM moved',
                     default_part, key_column, key_column, column_list,
                     parent_schema, part_name, column_list, column_list)
        USING lower_bound, upper_bound;
    END IF;
    EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I.%I FOR VALUES FROM (%L) TO (%L)',
                   parent, parent_schema, part_name, lower_bound, upper_bound);
    RETURN NEXT parent_schema || '.' || part_name;
  END LOOP;
END
$$;
COMMENT ON FUNCTION public.fr_ensure_monthly_partitions(regclass, integer, date) IS
  'Creates the UTC-month partitions <table>_YYYY_MM for from_month and the months_ahead months after it, moving matching rows out of the DEFAULT partition first. Idempotent; returns the partitions it created.';

CREATE OR REPLACE FUNCTION public.fr_create_partitions(months integer DEFAULT 3) RETURNS SETOF text
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  parent text;
BEGIN
  -- Resolved at call time: the tables are created by later migrations.
  FOREACH parent IN ARRAY ARRAY['identity.tenant_api_request_logs', 'render.node_health_logs'] LOOP
    IF to_regclass(parent) IS NULL THEN
      RAISE EXCEPTION 'partitioned table % does not exist: run the migrations first', parent
        USING ERRCODE = 'undefined_table';
    END IF;
    RETURN QUERY SELECT public.fr_ensure_monthly_partitions(to_regclass(parent), months);
  END LOOP;
END
$$;
COMMENT ON FUNCTION public.fr_create_partitions(integer) IS
  'Ensures this month''s and the next `months` monthly partitions of every partitioned FlatRender table (called by `flatrender db partitions --months N` and by cron). Returns the partitions it created.';

-- DDL helpers are for the migrating role and operators, not for service roles.
REVOKE ALL ON FUNCTION public.fr_ensure_monthly_partitions(regclass, integer, date) FROM PUBLIC;
REVOKE ALL ON FUNCTION public.fr_create_partitions(integer) FROM PUBLIC;
