-- =============================================================================
-- 09_content_cms.sql — blog posts and pages (per tenant, per locale)
-- =============================================================================
-- A white-label site shows its tenant's posts and pages. The fa and en versions of
-- one article are separate rows sharing a translation_group.
-- =============================================================================

CREATE TABLE content.blog_posts (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id         uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  translation_group uuid NOT NULL DEFAULT gen_random_uuid(),
  locale            text NOT NULL CHECK (locale IN ('fa', 'en')),
  slug              text NOT NULL CHECK (slug ~ '^[^\s/?#%&A-Z]+$' AND length(slug) <= 200),
  title             text NOT NULL CHECK (length(btrim(title)) > 0),
  excerpt           text NOT NULL DEFAULT '',
  body              text NOT NULL DEFAULT '',
  cover_file_id     uuid,
  author_user_id    uuid,
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at      timestamptz,
  seo_title         text,
  seo_description   text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT blog_posts_tenant_id_id_key UNIQUE (tenant_id, id),
  CONSTRAINT blog_posts_slug_key UNIQUE (tenant_id, locale, slug),
  CONSTRAINT blog_posts_translation_key UNIQUE (tenant_id, translation_group, locale),
  CONSTRAINT blog_posts_published_has_date CHECK (status <> 'published' OR published_at IS NOT NULL)
);
CREATE INDEX blog_posts_feed_idx ON content.blog_posts (tenant_id, locale, published_at DESC) WHERE status = 'published';
COMMENT ON TABLE content.blog_posts IS 'Blog posts of a tenant''s site; one row per locale';
COMMENT ON COLUMN content.blog_posts.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN content.blog_posts.translation_group IS 'Shared by the fa and en versions of the same article';
COMMENT ON COLUMN content.blog_posts.slug IS 'URL segment (no spaces, slashes or capitals; Persian letters allowed), unique per tenant and locale';
COMMENT ON COLUMN content.blog_posts.body IS 'Markdown';
COMMENT ON COLUMN content.blog_posts.cover_file_id IS 'soft reference to file_mgr.files.id';
COMMENT ON COLUMN content.blog_posts.author_user_id IS 'soft reference to identity.users.id';
COMMENT ON COLUMN content.blog_posts.published_at IS 'Required once published; a future date schedules the post';

CREATE TRIGGER blog_posts_touch_updated_at BEFORE UPDATE ON content.blog_posts
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

CREATE TABLE content.blog_post_tags (
  tenant_id uuid NOT NULL,
  post_id   uuid NOT NULL,
  tag_id    uuid NOT NULL REFERENCES content.tags (id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, post_id) REFERENCES content.blog_posts (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT blog_post_tags_pkey PRIMARY KEY (tenant_id, post_id, tag_id)
);
CREATE INDEX blog_post_tags_tag_idx ON content.blog_post_tags (tag_id);
COMMENT ON TABLE content.blog_post_tags IS 'Tags of a blog post';
COMMENT ON COLUMN content.blog_post_tags.tenant_id IS 'soft reference to identity.tenants.id; always the post''s tenant (composite FK)';

CREATE TABLE content.pages (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id         uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000001',
  translation_group uuid NOT NULL DEFAULT gen_random_uuid(),
  locale            text NOT NULL CHECK (locale IN ('fa', 'en')),
  slug              text NOT NULL CHECK (slug ~ '^[^\s/?#%&A-Z]+(/[^\s/?#%&A-Z]+)*$' AND length(slug) <= 200),
  title             text NOT NULL CHECK (length(btrim(title)) > 0),
  body              text NOT NULL DEFAULT '',
  status            text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at      timestamptz,
  seo_title         text,
  seo_description   text,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pages_slug_key UNIQUE (tenant_id, locale, slug),
  CONSTRAINT pages_translation_key UNIQUE (tenant_id, translation_group, locale),
  CONSTRAINT pages_published_has_date CHECK (status <> 'published' OR published_at IS NOT NULL)
);
COMMENT ON TABLE content.pages IS 'Static pages of a tenant''s site (about, terms, pricing copy); one row per locale';
COMMENT ON COLUMN content.pages.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN content.pages.translation_group IS 'Shared by the fa and en versions of the same page';
COMMENT ON COLUMN content.pages.slug IS 'Path below the site root (legal/terms); unique per tenant and locale';
COMMENT ON COLUMN content.pages.body IS 'Markdown';

CREATE TRIGGER pages_touch_updated_at BEFORE UPDATE ON content.pages
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();
