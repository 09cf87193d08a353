import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@flatrender/server/db/database';
import { createTestDatabase, type TestDatabase, testBackends } from '../../../../test/support/test-database';

/**
 * One database role per service, limited to its own schema, plus flatrender_app (the
 * role the API server switches to so RLS applies). The grants are checked in the
 * catalogue on every backend; the behaviour under SET ROLE is checked on PostgreSQL.
 */

const SERVICE_ROLES: Record<string, string> = {
  identity: 'identity_svc',
  content: 'content_svc',
  studio: 'studio_svc',
  render: 'render_svc',
  file_mgr: 'file_svc',
  notification: 'notification_svc',
};
const SCHEMAS = Object.keys(SERVICE_ROLES);
const DEFAULT_TENANT = '00000000-0000-0000-0000-000000000001';
const setupSql = readFileSync(new URL('../../../../migrations/00_setup.sql', import.meta.url), 'utf8');

describe.each(testBackends)('service role grants on %s', (kind) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrate: true });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('creates every role without login, superuser or RLS bypass', async () => {
    const roles = [...Object.values(SERVICE_ROLES), 'flatrender_app'];
    const { rows } = await test.db.query<{ rolname: string; rolcanlogin: boolean; rolsuper: boolean; rolbypassrls: boolean }>(
      'select rolname, rolcanlogin, rolsuper, rolbypassrls from pg_roles where rolname = any($1) order by rolname',
      [roles],
    );
    expect(rows).toEqual(
      [...roles].sort().map((rolname) => ({ rolname, rolcanlogin: false, rolsuper: false, rolbypassrls: false })),
    );
  });

  it('gives each service DML on exactly its own schema, and flatrender_app on all six', async () => {
    const { rows } = await test.db.query<{ role: string; table: string; own: boolean; privileges: boolean[] }>(
      `select r.role, c.oid::regclass::text as table, n.nspname = r.schema as own,
              array[has_table_privilege(r.role, c.oid, 'SELECT'), has_table_privilege(r.role, c.oid, 'INSERT'),
                    has_table_privilege(r.role, c.oid, 'UPDATE'), has_table_privilege(r.role, c.oid, 'DELETE')] as privileges
         from unnest($1::text[], $2::text[]) as r(schema, role)
         cross join pg_class c
         join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition`,
      [SCHEMAS, Object.values(SERVICE_ROLES)],
    );
    expect(rows.length).toBeGreaterThan(6 * 50);
    const wrong = rows.filter((r) => r.privileges.some((granted) => granted !== r.own)).map((r) => `${r.role} on ${r.table}`);
    expect(wrong).toEqual([]);

    const perSchema = await test.db.query<{ schema: string; role: string; usage: boolean }>(
      `select s.schema, r.role, has_schema_privilege(r.role, s.schema, 'USAGE') as usage
         from unnest($1::text[]) as s(schema) cross join unnest($2::text[]) as r(role)`,
      [SCHEMAS, [...Object.values(SERVICE_ROLES), 'flatrender_app']],
    );
    for (const { schema, role, usage } of perSchema.rows) {
      expect(usage, `${role} on ${schema}`).toBe(role === 'flatrender_app' || SERVICE_ROLES[schema] === role);
    }

    const app = await test.db.query<{ table: string }>(
      `select c.oid::regclass::text as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = any($1) and c.relkind in ('r', 'p') and not c.relispartition
          and not (has_table_privilege('flatrender_app', c.oid, 'SELECT') and has_table_privilege('flatrender_app', c.oid, 'INSERT')
               and has_table_privilege('flatrender_app', c.oid, 'UPDATE') and has_table_privilege('flatrender_app', c.oid, 'DELETE'))`,
      [SCHEMAS],
    );
    expect(app.rows).toEqual([]);
  });

  it('lets roles use the sequences of their own schema only', async () => {
    const { rows } = await test.db.query<{ sequence: string; render: boolean; identity: boolean }>(
      `select c.oid::regclass::text as sequence,
              has_sequence_privilege('render_svc', c.oid, 'USAGE') as render,
              has_sequence_privilege('identity_svc', c.oid, 'USAGE') as identity
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'S' and n.nspname in ('render', 'identity') order by 1`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const inRender = row.sequence.startsWith('render.');
      expect(row).toEqual({ sequence: row.sequence, render: inRender, identity: !inRender });
    }
  });

  it('keeps partition maintenance away from service roles', async () => {
    const { rows } = await test.db.query<{ allowed: boolean }>(
      `select bool_or(has_function_privilege(r, 'public.fr_create_partitions(integer)', 'EXECUTE')
                   or has_function_privilege(r, 'public.fr_ensure_monthly_partitions(regclass, integer, date)', 'EXECUTE')) as allowed
         from unnest($1::text[]) as r`,
      [[...Object.values(SERVICE_ROLES), 'flatrender_app']],
    );
    expect(rows[0]!.allowed).toBe(false);
  });

  it('can run 00_setup again on a migrated database through the runner path', async () => {
    await test.db.transaction((tx) => tx.exec(setupSql));
    const { rows } = await test.db.query<{ allowed: boolean }>(
      `select has_table_privilege('render_svc', 'render.render_jobs', 'INSERT')
              and not has_table_privilege('render_svc', 'identity.tenants', 'SELECT') as allowed`,
    );
    expect(rows[0]!.allowed).toBe(true);
  });
});

// SET ROLE behaviour only on a real PostgreSQL server: roles are cluster-wide there, so
// this proves what a service connecting with its own login actually gets. PGlite is a
// single embedded superuser session; the catalogue checks above already cover it. A
// plain `if` (not describe.runIf/skipIf) so PGlite-only runs do not even list it.
if (process.env.FLATRENDER_TEST_DATABASE_URL) {
  describe('service roles under SET ROLE on postgres', () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase('postgres', { migrate: true });
    });
    afterAll(async () => {
      await test?.drop();
    });

    /** Runs one statement as `role` in its own transaction (SET LOCAL ROLE ends with it). */
    const asRole = <Row = Record<string, unknown>>(db: Database, role: string, sql: string, params: unknown[] = []) =>
      db.transaction(async (tx) => {
        await tx.query(`set local role ${role}`);
        return (await tx.query<Row>(sql, params)).rows;
      });

    const ownSchemaWrites: Record<string, string> = {
      identity_svc: `insert into identity.tenants (slug, name) values ('role-probe-identity', 'Probe') returning id`,
      content_svc: `insert into content.tags (slug, name_fa, name_en) values ('role-probe', 'آزمایش', 'probe') returning id`,
      studio_svc: `insert into studio.user_audio (tenant_id, kind, file_id, duration_ms)
                   values ('${DEFAULT_TENANT}', 'music', gen_random_uuid(), 1000) returning id`,
      // The status trigger also writes render_job_events (bigserial): sequences must be usable.
      render_svc: `insert into render.render_jobs (tenant_id, template_key, template_version, engine, aspect, quality,
                                                   frames, fps, duration_seconds, cache_key)
                   values ('${DEFAULT_TENANT}', 'LogoMotion', 1, 'remotion', '16:9', '720p', 150, 30, 5, repeat('e', 64)) returning id`,
      // The quota trigger upserts file_mgr.quotas under the same role.
      file_svc: `insert into file_mgr.files (tenant_id, name, mime_type, size_bytes, sha256, storage_key)
                 values ('${DEFAULT_TENANT}', 'probe.png', 'image/png', 10, repeat('f', 64), 'probe/' || gen_random_uuid()) returning id`,
      notification_svc: `insert into notification.notifications (tenant_id, user_id, type, title)
                         values ('${DEFAULT_TENANT}', gen_random_uuid(), 'ping', 'probe') returning id`,
    };

    it.each(Object.entries(SERVICE_ROLES))('%s: its role reads and writes it, every other service role is denied', async (schema, role) => {
      const rows = await asRole(test.db, role, ownSchemaWrites[role]!);
      expect(rows).toHaveLength(1);
      const table = ownSchemaWrites[role]!.match(/insert into (\S+)/)![1]!;
      await expect(asRole(test.db, role, `select count(*) from ${table}`)).resolves.toHaveLength(1);

      for (const other of Object.values(SERVICE_ROLES).filter((r) => r !== role)) {
        await expect(asRole(test.db, other, `select count(*) from ${table}`), `${other} on ${schema}`).rejects.toMatchObject({
          code: '42501',
          message: expect.stringMatching(/permission denied/),
        });
      }
      // flatrender_app (the API server) may use every schema.
      await expect(asRole(test.db, 'flatrender_app', `select count(*) from ${table}`)).resolves.toHaveLength(1);
    });

    it('lets identity_svc link a gift to a notification across the one hard cross-schema FK', async () => {
      const [user] = await asRole<{ id: string }>(
        test.db,
        'identity_svc',
        `insert into identity.users (tenant_id, email) values ($1, 'gift-probe@example.com') returning id`,
        [DEFAULT_TENANT],
      );
      const [notice] = await asRole<{ id: string }>(
        test.db,
        'notification_svc',
        `insert into notification.notifications (tenant_id, user_id, type, title) values ($1, $2, 'gift.earned', 'Gift') returning id`,
        [DEFAULT_TENANT, user!.id],
      );
      const [gift] = await asRole<{ id: string }>(
        test.db,
        'identity_svc',
        `insert into identity.earned_gifts (tenant_id, user_id, kind, notification_id) values ($1, $2, 'badge', $3) returning id`,
        [DEFAULT_TENANT, user!.id, notice!.id],
      );
      // Pruning the notification unlinks the gift (ON DELETE SET NULL), whoever deletes it.
      await asRole(test.db, 'notification_svc', 'delete from notification.notifications where id = $1', [notice!.id]);
      const { rows } = await test.db.query('select notification_id from identity.earned_gifts where id = $1', [gift!.id]);
      expect(rows).toEqual([{ notification_id: null }]);
    });

    it('moves a balance for identity_svc only through the ledger', async () => {
      const [tenant] = await asRole<{ id: string }>(
        test.db,
        'identity_svc',
        `insert into identity.tenants (slug, name) values ('role-probe-ledger', 'Ledger probe') returning id`,
      );
      await asRole(
        test.db,
        'identity_svc',
        `insert into identity.credit_ledger (tenant_id, kind, amount_irt, reference) values ($1, 'topup', 5000, 'probe-1')`,
        [tenant!.id],
      );
      await expect(
        asRole(test.db, 'identity_svc', 'update identity.tenants set balance_irt = 1 where id = $1', [tenant!.id]),
      ).rejects.toMatchObject({ code: '23514', constraint: 'tenants_balance_via_ledger' });
      const { rows } = await test.db.query('select balance_irt from identity.tenants where id = $1', [tenant!.id]);
      expect(rows).toEqual([{ balance_irt: 5000 }]);
    });
  });
}
