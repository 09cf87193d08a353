-- =============================================================================
-- 05_content_taxonomy.sql — categories and tags
-- =============================================================================
-- Platform taxonomy belongs to the default tenant; a reseller may add its own. The
-- join tables (content.project_tags, content.blog_post_tags) live next to the
-- tables they join, in 06 and 09.
-- =============================================================================

CREATE TABLE content.categories (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  parent_id  uuid,
  slug       text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_fa    text NOT NULL,
  name_en    text NOT NULL,
  icon       text,
  sort_order integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT categories_tenant_id_id_key UNIQUE (tenant_id, id),
  CONSTRAINT categories_tenant_slug_key UNIQUE (tenant_id, slug),
  CONSTRAINT categories_not_own_parent CHECK (parent_id <> id),
  -- A subcategory lives in its parent's tenant.
  FOREIGN KEY (tenant_id, parent_id) REFERENCES content.categories (tenant_id, id) ON DELETE CASCADE
);
COMMENT ON TABLE content.categories IS 'Template categories (a shallow tree); default-tenant rows are the platform catalogue';
COMMENT ON COLUMN content.categories.tenant_id IS 'soft reference to identity.tenants.id; default tenant = platform category';
COMMENT ON COLUMN content.categories.icon IS 'Icon name from the web app''s icon set';

CREATE TRIGGER categories_touch_updated_at BEFORE UPDATE ON content.categories
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

CREATE TABLE content.tags (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  slug       text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  name_fa    text NOT NULL,
  name_en    text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT tags_tenant_slug_key UNIQUE (tenant_id, slug)
);
COMMENT ON TABLE content.tags IS 'Free tags for templates and blog posts (joined via content.project_tags and content.blog_post_tags)';
COMMENT ON COLUMN content.tags.tenant_id IS 'soft reference to identity.tenants.id; default tenant = platform tag';
