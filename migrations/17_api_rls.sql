-- =============================================================================
-- 17_api_rls.sql — tenant isolation in the database (row-level security)
-- =============================================================================
-- The API server runs every query inside a transaction that has switched to the role
-- flatrender_app (no BYPASSRLS) and set one of two transaction-local settings:
--
--   app.tenant_id = '<uuid>'   work for one tenant: only that tenant's rows exist
--   app.scope     = 'platform' cross-tenant work of the operator and of the server
--                              itself (API key lookup, tenant admin, webhook dispatch)
--
-- With neither set, tenant-owned tables look empty. A query that forgets
-- `WHERE tenant_id = …` therefore cannot leak another reseller's rows: isolation is
-- enforced here, not only in the server's SQL.
--
-- Which tables: every table of the six service schemas that has a tenant_id column
-- (partitioned parents included, their partitions not: the server only reads through
-- the parent), plus identity.tenants itself, keyed by id. A test asserts that every
-- such table has RLS enabled and forced, so a future table cannot be forgotten.
--
-- FORCE makes the policies apply to the tables' owner too (normally the migrating
-- role). Superusers still bypass RLS; the API never runs as one (it switches role).
-- Consequences for the owner:
--   * data migrations and scripts run as the owner must first
--     `SELECT set_config('app.scope', 'platform', true);` inside their transaction;
--   * identity.credit_ledger_apply (SECURITY DEFINER, the owner) updates the tenant
--     it marked in flatrender.ledger_tenant_id, so that tenant's row is visible to it.
--
-- The per-service roles of 00_setup (identity_svc, …) are trusted internal services
-- written before multi-tenancy was enforced in the database: each keeps unrestricted
-- access to its own schema through a policy of its own.
-- =============================================================================

CREATE OR REPLACE FUNCTION public.fr_app_tenant() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
COMMENT ON FUNCTION public.fr_app_tenant() IS
  'Tenant of the current API transaction (app.tenant_id, transaction-local), NULL when none is set; the key of every tenant_isolation policy';

CREATE OR REPLACE FUNCTION public.fr_app_is_platform() RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT coalesce(current_setting('app.scope', true), '') = 'platform' $$;
COMMENT ON FUNCTION public.fr_app_is_platform() IS
  'True inside a platform-scope API transaction (app.scope = platform): operator and server-internal cross-tenant work';

GRANT EXECUTE ON FUNCTION public.fr_app_tenant(), public.fr_app_is_platform() TO flatrender_app;

-- -----------------------------------------------------------------------------
-- Every tenant-owned table
-- -----------------------------------------------------------------------------
DO $$
DECLARE
  t   record;
  svc text;
BEGIN
  FOR t IN
    SELECT n.nspname AS schema_name, c.oid::regclass AS rel
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
     WHERE n.nspname IN ('identity', 'content', 'studio', 'render', 'file_mgr', 'notification')
       AND c.relkind IN ('r', 'p')
       AND NOT c.relispartition
     ORDER BY 1, 2
  LOOP
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t.rel);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t.rel);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s '
                   'USING (tenant_id = public.fr_app_tenant() OR public.fr_app_is_platform()) '
                   'WITH CHECK (tenant_id = public.fr_app_tenant() OR public.fr_app_is_platform())', t.rel);

    svc := CASE t.schema_name
             WHEN 'identity' THEN 'identity_svc'
             WHEN 'content' THEN 'content_svc'
             WHEN 'studio' THEN 'studio_svc'
             WHEN 'render' THEN 'render_svc'
             WHEN 'file_mgr' THEN 'file_svc'
             WHEN 'notification' THEN 'notification_svc'
           END;
    EXECUTE format('CREATE POLICY service_access ON %s TO %I USING (true) WITH CHECK (true)', t.rel, svc);

    -- Platform templates, categories, tags, scenes, … belong to the platform tenant and
    -- make up every reseller's catalogue: readable by every tenant, writable by the
    -- platform only. Still nothing at all without a tenant or the platform scope.
    IF t.schema_name = 'content' THEN
      EXECUTE format('CREATE POLICY platform_catalogue_read ON %s FOR SELECT '
                     'USING (tenant_id = ''00000000-0000-0000-0000-000000000001''::uuid AND public.fr_app_tenant() IS NOT NULL)', t.rel);
    END IF;
  END LOOP;
END
$$;

-- Platform-wide cleanup rules (tenant_id NULL) apply to every tenant, so each may read them.
CREATE POLICY platform_rules_read ON file_mgr.cleanup_schedules FOR SELECT
  USING (tenant_id IS NULL AND public.fr_app_tenant() IS NOT NULL);

-- -----------------------------------------------------------------------------
-- The tenants table itself: a tenant sees its own row
-- -----------------------------------------------------------------------------
ALTER TABLE identity.tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE identity.tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON identity.tenants
  USING (id = public.fr_app_tenant()
         OR public.fr_app_is_platform()
         -- the ledger trigger's own mark (03_identity_billing), so a balance always follows its ledger row
         OR id::text = current_setting('flatrender.ledger_tenant_id', true))
  WITH CHECK (id = public.fr_app_tenant()
              OR public.fr_app_is_platform()
              OR id::text = current_setting('flatrender.ledger_tenant_id', true));
CREATE POLICY service_access ON identity.tenants TO identity_svc USING (true) WITH CHECK (true);

-- -----------------------------------------------------------------------------
-- Grants for the API role
-- -----------------------------------------------------------------------------
-- 00_setup already gives flatrender_app DML on every table of the six schemas (now and
-- by default privileges later); restated here so this file alone documents what the API
-- may do. Plans are a platform catalogue without tenant_id: readable by every tenant.
GRANT USAGE ON SCHEMA identity, content, studio, render, file_mgr, notification TO flatrender_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA identity, content, studio, render, file_mgr, notification TO flatrender_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA identity, content, studio, render, file_mgr, notification TO flatrender_app;
