import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@flatrender/server/db/database';
import { createTestDatabase, type TestDatabase, testBackends } from '../../../../test/support/test-database';

/**
 * The schema the seed README describes, checked against the catalogue of a freshly
 * migrated database: tables, the columns other code relies on, tenant indexing and the
 * cross-schema FK rule.
 */

const SCHEMAS = ['identity', 'content', 'studio', 'render', 'file_mgr', 'notification'];
const DEFAULT_TENANT = '00000000-0000-0000-0000-000000000001';

const EXPECTED_TABLES: Record<string, string[]> = {
  identity: [
    'tenants', 'tenant_branding', 'tenant_api_keys', 'tenant_webhooks', 'tenant_webhook_deliveries',
    'idempotency_keys', 'tenant_usage_daily', 'tenant_api_request_logs', 'users', 'mfa_factors',
    'mfa_recovery_codes', 'push_subscriptions', 'plans', 'payments', 'credit_ledger', 'achievements',
    'user_achievements', 'earned_gifts',
  ],
  content: [
    'categories', 'tags', 'projects', 'project_variants', 'project_tags', 'tenant_templates', 'scenes',
    'project_color_slots', 'template_svg_previews', 'characters', 'project_characters', 'presets',
    'blog_posts', 'blog_post_tags', 'pages',
  ],
  studio: ['saved_projects', 'user_audio'],
  render: [
    'render_nodes', 'node_health_logs', 'node_crashes', 'node_template_cache', 'render_jobs',
    'render_job_events', 'frame_jobs', 'frame_repair_jobs', 'snapshots', 'exports',
  ],
  file_mgr: ['folders', 'files', 'quotas', 'upload_sessions', 'upload_parts', 'cleanup_schedules'],
  notification: ['notifications', 'notification_preferences', 'deliveries'],
};

/** Columns named by the seed or relied on by the API, by table. */
const EXPECTED_COLUMNS: Record<string, string[]> = {
  'studio.saved_projects': [
    'tenant_id', 'user_id', 'project_id', 'bindings', 'aspect', 'quality', 'music_file_id', 'music_volume',
    'sfx_file_id', 'sfx_volume', 'voiceover_file_id', 'voiceover_volume', 'voiceover_offset_ms',
    'voiceover_duration_ms', 'voiceover_trim_start_ms',
  ],
  'render.render_jobs': [
    'tenant_id', 'template_key', 'engine', 'aspect', 'quality', 'bindings', 'audio', 'has_voiceover',
    'duration_seconds', 'frames', 'fps', 'cost_irt', 'status', 'progress', 'error_code', 'error_message',
    'cache_key', 'cache_hit', 'output_file_id', 'priority', 'created_at', 'started_at', 'completed_at', 'canceled_at',
  ],
  'render.snapshots': ['tenant_id', 'cache_key', 'output_file_id', 'hit_count'],
  'render.frame_jobs': [
    'render_job_id', 'chunk_index', 'frame_start', 'frame_end', 'status', 'lease_token', 'lease_expires_at',
    'node_id', 'attempts', 'max_attempts', 'not_before', 'output_storage_key', 'verified_frames',
  ],
  'content.projects': ['tenant_id', 'template_key', 'bindings_schema', 'version', 'enabled', 'render_engine', 'render_remotion_comp'],
  'content.project_variants': ['project_id', 'aspect', 'width', 'height', 'fps', 'duration_frames', 'remotion_composition_id'],
  'identity.tenants': ['slug', 'name', 'status', 'plan_id', 'balance_irt'],
  'identity.tenant_api_keys': ['tenant_id', 'prefix', 'secret_hash', 'role', 'mode', 'scopes', 'expires_at', 'revoked_at', 'last_used_at'],
  'identity.tenant_webhooks': ['url', 'secret', 'previous_secret', 'previous_secret_expires_at', 'event_types', 'consecutive_failures'],
  'identity.credit_ledger': ['tenant_id', 'kind', 'amount_irt', 'reference', 'created_at'],
  'identity.plans': [
    'included_seconds', 'price_per_second_480p_irt', 'price_per_second_720p_irt', 'price_per_second_1080p_irt',
    'price_per_second_2160p_irt', 'queue_priority', 'rate_limit_per_minute', 'output_retention_days',
  ],
  'identity.mfa_factors': ['secret', 'verified_at', 'last_used_step'],
  'identity.push_subscriptions': ['endpoint', 'p256dh', 'auth'],
  'identity.earned_gifts': ['notification_id'],
  'file_mgr.files': ['tenant_id', 'user_id', 'folder_id', 'name', 'mime_type', 'size_bytes', 'sha256', 'storage_key', 'kind', 'expires_at', 'deleted_at'],
  'notification.notifications': ['tenant_id', 'user_id', 'type', 'title', 'body', 'data', 'read_at'],
};

async function columnsOf(db: Database, table: string) {
  const { rows } = await db.query<{ name: string; not_null: boolean }>(
    `select attname as name, attnotnull as not_null
       from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped`,
    [table],
  );
  return new Map(rows.map((row) => [row.name, row]));
}

describe.each(testBackends)('schema inventory on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrate: true });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('creates the six service schemas', async () => {
    const { rows } = await test.db.query<{ nspname: string }>('select nspname from pg_namespace where nspname = any($1)', [SCHEMAS]);
    expect(rows.map((r) => r.nspname).sort()).toEqual([...SCHEMAS].sort());
  });

  it('creates every table the seed names, each with a comment', async () => {
    const { rows } = await test.db.query<{ schema: string; name: string; comment: string | null }>(
      `select n.nspname as schema, c.relname as name, obj_description(c.oid, 'pg_class') as comment
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition`,
      [SCHEMAS],
    );
    const found = new Set(rows.map((r) => `${r.schema}.${r.name}`));
    const missing = Object.entries(EXPECTED_TABLES).flatMap(([schema, tables]) =>
      tables.map((t) => `${schema}.${t}`).filter((t) => !found.has(t)),
    );
    expect(missing).toEqual([]);
    expect(rows.filter((r) => !r.comment).map((r) => `${r.schema}.${r.name}`)).toEqual([]);
  });

  it('has the columns the seed and the API rely on', async () => {
    const missing: string[] = [];
    for (const [table, columns] of Object.entries(EXPECTED_COLUMNS)) {
      const actual = await columnsOf(test.db, table);
      for (const column of columns) if (!actual.has(column)) missing.push(`${table}.${column}`);
    }
    expect(missing).toEqual([]);
  });

  it('puts a NOT NULL tenant_id on users, projects, render jobs, files and notifications', async () => {
    for (const table of ['identity.users', 'content.projects', 'render.render_jobs', 'file_mgr.files', 'notification.notifications']) {
      expect((await columnsOf(test.db, table)).get('tenant_id'), table).toMatchObject({ not_null: true });
    }
  });

  it('gives every table with a tenant_id an index whose first column is tenant_id', async () => {
    const { rows } = await test.db.query<{ table: string }>(
      `select c.oid::regclass::text as table
         from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
         join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
        where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition
          and not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indkey[0] = a.attnum)`,
      [SCHEMAS],
    );
    expect(rows.map((r) => r.table)).toEqual([]);
  });

  it('has exactly one cross-schema foreign key: identity.earned_gifts.notification_id → notification.notifications', async () => {
    const { rows } = await test.db.query<{ from_table: string; to_table: string; columns: string }>(
      `select k.conrelid::regclass::text as from_table, k.confrelid::regclass::text as to_table,
              (select string_agg(attname, ',') from pg_attribute where attrelid = k.conrelid and attnum = any(k.conkey)) as columns
         from pg_constraint k
         join pg_class src on src.oid = k.conrelid
         join pg_class dst on dst.oid = k.confrelid
        where k.contype = 'f' and k.conparentid = 0 and src.relnamespace <> dst.relnamespace`,
    );
    expect(rows).toEqual([{ from_table: 'identity.earned_gifts', to_table: 'notification.notifications', columns: 'notification_id' }]);
  });

  it('documents every reference that has no foreign key as a soft reference', async () => {
    const { rows } = await test.db.query<{ column: string }>(
      `select c.oid::regclass::text || '.' || a.attname as column
         from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
         join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
        where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition
          and a.atttypid = 'uuid'::regtype and a.attname like '%\\_id'
          and not exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype = 'f' and a.attnum = any(k.conkey))
          and coalesce(col_description(c.oid, a.attnum), '') !~* 'soft reference to'`,
      [SCHEMAS],
    );
    expect(rows.map((r) => r.column)).toEqual([]);
  });

  it('makes the snapshot cache key unique per tenant and ledger references exactly-once', async () => {
    const { rows } = await test.db.query<{ index: string; columns: string }>(
      `select i.indexrelid::regclass::text as index,
              (select string_agg(a.attname, ',' order by k.ord)
                 from unnest(i.indkey) with ordinality k(attnum, ord)
                 join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum) as columns
         from pg_index i
        where i.indisunique and i.indrelid in ('render.snapshots'::regclass, 'identity.credit_ledger'::regclass,
                                               'identity.idempotency_keys'::regclass)`,
    );
    const columns = rows.map((r) => r.columns);
    expect(columns).toContain('tenant_id,cache_key');
    expect(columns).toContain('tenant_id,kind,reference');
    expect(columns).toContain('tenant_id,key');
  });

  it('seeds the default tenant and the plan catalogue idempotently', async () => {
    const tenant = await test.db.query<{ slug: string; plan: string }>(
      `select t.slug, p.code as plan from identity.tenants t join identity.plans p on p.id = t.plan_id where t.id = $1`,
      [DEFAULT_TENANT],
    );
    expect(tenant.rows).toEqual([{ slug: 'flatrender', plan: 'business' }]);
    const plans = await test.db.query<{ code: string }>('select code from identity.plans order by sort_order');
    expect(plans.rows.map((r) => r.code)).toEqual(['free', 'starter', 'pro', 'business']);
  });

  it('defaults a template to After Effects and accepts only the two engines', async () => {
    const { rows } = await test.db.query<{ render_engine: string; tenant_id: string }>(
      `insert into content.projects (template_key, name_fa, name_en) values ('InventoryProbe', 'آزمایش', 'Probe')
       returning render_engine, tenant_id`,
    );
    expect(rows[0]).toEqual({ render_engine: 'aftereffects', tenant_id: DEFAULT_TENANT });
    await expect(
      test.db.query(`update content.projects set render_engine = 'blender' where template_key = 'InventoryProbe'`),
    ).rejects.toMatchObject({ code: '23514', constraint: 'projects_render_engine_check' });
    await test.db.query(`update content.projects set render_engine = 'remotion', render_remotion_comp = 'InventoryProbe-16x9'
                          where template_key = 'InventoryProbe'`);
  });

  it('keeps track volumes between 0 and 1', async () => {
    const insert = (volume: number) =>
      test.db.query(
        `insert into studio.saved_projects (tenant_id, user_id, project_id, template_key, music_volume)
         values ($1, gen_random_uuid(), gen_random_uuid(), 'LogoMotion', $2)`,
        [DEFAULT_TENANT, volume],
      );
    await insert(0.35);
    await expect(insert(1.5)).rejects.toMatchObject({ code: '23514' });
  });

  describe('content model', () => {
    const newProject = async (key: string, tenantId = DEFAULT_TENANT) =>
      (
        await test.db.query<{ id: string }>(
          `insert into content.projects (tenant_id, template_key, name_fa, name_en) values ($1, $2, $2, $2) returning id`,
          [tenantId, key],
        )
      ).rows[0]!.id;
    const variant = (projectId: string, aspect: string, width: number, height: number, tenantId = DEFAULT_TENANT) =>
      test.db.query(
        `insert into content.project_variants (tenant_id, project_id, aspect, width, height, fps, duration_frames, remotion_composition_id)
         values ($1, $2, $3, $4, $5, 30, 150, 'Variant-probe')`,
        [tenantId, projectId, aspect, width, height],
      );

    it('holds one variant per aspect whose size really has that aspect', async () => {
      const project = await newProject('VariantProbe');
      await variant(project, '16:9', 1920, 1080);
      await variant(project, '1:1', 1080, 1080);
      await variant(project, '9:16', 1080, 1920);
      await expect(variant(project, '16:9', 1280, 720)).rejects.toMatchObject({ code: '23505' });
      const other = await newProject('VariantProbeTwo');
      await expect(variant(other, '16:9', 1080, 1080)).rejects.toMatchObject({ constraint: 'project_variants_size_matches_aspect' });
      await expect(variant(other, '1:1', 1081, 1081)).rejects.toMatchObject({ constraint: 'project_variants_even_size' });
    });

    it('refuses a variant filed under another tenant than its project', async () => {
      const project = await newProject('TenantProbe');
      const { rows } = await test.db.query<{ id: string }>(`insert into identity.tenants (slug, name) values ('content-other', 'Other') returning id`);
      await expect(variant(project, '1:1', 1080, 1080, rows[0]!.id)).rejects.toMatchObject({ code: '23503' });
    });

    it('lets scenes swap positions inside one transaction', async () => {
      const project = await newProject('SceneProbe');
      await test.db.query(
        `insert into content.scenes (tenant_id, project_id, position, scene_key) values ($1, $2, 0, 'intro'), ($1, $2, 1, 'outro')`,
        [DEFAULT_TENANT, project],
      );
      await test.db.transaction(async (tx) => {
        await tx.query(`update content.scenes set position = 1 where project_id = $1 and scene_key = 'intro'`, [project]);
        await tx.query(`update content.scenes set position = 0 where project_id = $1 and scene_key = 'outro'`, [project]);
      });
      const { rows } = await test.db.query<{ scene_key: string }>(
        'select scene_key from content.scenes where project_id = $1 order by position',
        [project],
      );
      expect(rows.map((r) => r.scene_key)).toEqual(['outro', 'intro']);
      await expect(
        test.db.query(`update content.scenes set position = 0 where project_id = $1 and scene_key = 'intro'`, [project]),
      ).rejects.toMatchObject({ code: '23505', constraint: 'scenes_position_key' });
    });
  });
});
