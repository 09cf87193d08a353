import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '@flatrender/server/db/database';
import { createTestDatabase, type TestDatabase, testBackends } from '../../../../test/support/test-database';
import { insertRenderNode } from '../../../../test/support/render-fixtures';

/**
 * Monthly partitions of identity.tenant_api_request_logs and render.node_health_logs:
 * a DEFAULT partition catches months nobody created, and public.fr_ensure_monthly_partitions /
 * public.fr_create_partitions create months ahead — even when the DEFAULT partition
 * already holds rows for them. Each test uses its own far-future months.
 */

async function partitionOf(db: Queryable, table: string, where: string, params: unknown[]): Promise<string[]> {
  const { rows } = await db.query<{ part: string }>(`select tableoid::regclass::text as part from ${table} where ${where} order by id`, params);
  return rows.map((r) => r.part);
}

async function boundsOf(db: Queryable, partition: string): Promise<string> {
  const { rows } = await db.query<{ bounds: string }>(
    `select pg_get_expr(relpartbound, oid) as bounds from pg_class where oid = $1::regclass`,
    [partition],
  );
  return rows[0]!.bounds;
}

describe.each(testBackends)('monthly partitions on %s', (kind) => {
  let test: TestDatabase;
  let nodeId: string;

  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrate: true });
    nodeId = await insertRenderNode(test.db, 'partition-probe');
  });
  afterAll(async () => {
    await test?.drop();
  });

  const healthSample = (at: string) =>
    test.db.query<{ id: number }>(
      `insert into render.node_health_logs (created_at, node_id, cpu_percent, memory_used_bytes)
       values ($1, $2, 12.5, 1048576) returning id`,
      [at, nodeId],
    );

  it('starts with the 2026-01 partition and a DEFAULT partition on both tables', async () => {
    for (const parent of ['identity.tenant_api_request_logs', 'render.node_health_logs']) {
      const { rows } = await test.db.query<{ part: string }>(
        `select inhrelid::regclass::text as part from pg_inherits where inhparent = $1::regclass order by 1`,
        [parent],
      );
      expect(rows.map((r) => r.part)).toEqual([`${parent}_2026_01`, `${parent}_default`]);
      expect(await boundsOf(test.db, `${parent}_2026_01`)).toMatch(/FROM \('2026-01-01 00:00:00\+00'\) TO \('2026-02-01 00:00:00\+00'\)/);
    }
  });

  it('routes a row for a month without a partition into the DEFAULT partition', async () => {
    const { rows } = await healthSample('2030-05-10T08:00:00Z');
    expect(await partitionOf(test.db, 'render.node_health_logs', 'id = $1', [rows[0]!.id])).toEqual(['render.node_health_logs_default']);
    const january = await healthSample('2026-01-31T23:59:59Z');
    expect(await partitionOf(test.db, 'render.node_health_logs', 'id = $1', [january.rows[0]!.id])).toEqual([
      'render.node_health_logs_2026_01',
    ]);
  });

  it('creates the requested months as whole UTC months, and is idempotent', async () => {
    const first = await test.db.query<{ name: string }>(
      `select public.fr_ensure_monthly_partitions('render.node_health_logs', 2, '2031-01-01') as name`,
    );
    expect(first.rows.map((r) => r.name)).toEqual([
      'render.node_health_logs_2031_01',
      'render.node_health_logs_2031_02',
      'render.node_health_logs_2031_03',
    ]);
    // Bounds do not depend on the session's time zone.
    await test.db.transaction(async (tx) => {
      await tx.query(`set local timezone = 'Asia/Tehran'`);
      const created = await tx.query<{ name: string }>(
        `select public.fr_ensure_monthly_partitions('render.node_health_logs', 0, '2031-04-01') as name`,
      );
      expect(created.rows.map((r) => r.name)).toEqual(['render.node_health_logs_2031_04']);
    });
    expect(await boundsOf(test.db, 'render.node_health_logs_2031_04')).toMatch(
      /FROM \('2031-04-01 00:00:00\+00'\) TO \('2031-05-01 00:00:00\+00'\)/,
    );

    const again = await test.db.query(`select public.fr_ensure_monthly_partitions('render.node_health_logs', 3, '2031-01-01')`);
    expect(again.rows).toEqual([]);

    // 23:30 on 31 Jan in UTC−1 is already February in UTC.
    const { rows } = await healthSample('2031-01-31T23:30:00-01:00');
    expect(await partitionOf(test.db, 'render.node_health_logs', 'id = $1', [rows[0]!.id])).toEqual(['render.node_health_logs_2031_02']);
  });

  it('gives new partitions the parent\'s indexes and foreign keys', async () => {
    await test.db.query(`select public.fr_ensure_monthly_partitions('render.node_health_logs', 0, '2032-01-01')`);
    const indexes = await test.db.query<{ n: number }>(
      `select count(*)::int as n from pg_index where indrelid = 'render.node_health_logs_2032_01'::regclass`,
    );
    expect(indexes.rows[0]!.n).toBe(2); // primary key (id, created_at) and (node_id, created_at)
    await expect(
      test.db.query(
        `insert into render.node_health_logs (created_at, node_id, cpu_percent, memory_used_bytes)
         values ('2032-01-15', gen_random_uuid(), 1, 1)`,
      ),
    ).rejects.toMatchObject({ code: '23503' });
  });

  it('moves DEFAULT-partition rows of a month into the partition it creates', async () => {
    const insertLog = (at: string, requestId: string) =>
      test.db.query<{ id: number }>(
        `insert into identity.tenant_api_request_logs (created_at, request_id, method, route, status, duration_ms, key_prefix)
         values ($1, $2, 'POST', '/v1/renders', 201, 42, 'fr_test_probe') returning id`,
        [at, requestId],
      );
    const march = [await insertLog('2033-03-01T00:00:00Z', 'req_a'), await insertLog('2033-03-31T23:59:59Z', 'req_b')];
    const april = await insertLog('2033-04-01T00:00:00Z', 'req_c');
    const ids = [...march.map((r) => r.rows[0]!.id), april.rows[0]!.id];
    expect(await partitionOf(test.db, 'identity.tenant_api_request_logs', 'id = any($1)', [ids])).toEqual([
      'identity.tenant_api_request_logs_default',
      'identity.tenant_api_request_logs_default',
      'identity.tenant_api_request_logs_default',
    ]);

    const created = await test.db.query<{ name: string }>(
      `select public.fr_ensure_monthly_partitions('identity.tenant_api_request_logs', 0, '2033-03-01') as name`,
    );
    expect(created.rows.map((r) => r.name)).toEqual(['identity.tenant_api_request_logs_2033_03']);

    const { rows } = await test.db.query<{ id: number; part: string; request_id: string; key_prefix: string }>(
      `select id, tableoid::regclass::text as part, request_id, key_prefix
         from identity.tenant_api_request_logs where id = any($1) order by id`,
      [ids],
    );
    // Same rows, same ids and values; March moved, April stayed in DEFAULT.
    expect(rows).toEqual([
      { id: ids[0], part: 'identity.tenant_api_request_logs_2033_03', request_id: 'req_a', key_prefix: 'fr_test_probe' },
      { id: ids[1], part: 'identity.tenant_api_request_logs_2033_03', request_id: 'req_b', key_prefix: 'fr_test_probe' },
      { id: ids[2], part: 'identity.tenant_api_request_logs_default', request_id: 'req_c', key_prefix: 'fr_test_probe' },
    ]);

    // April can now be created too, through the wrapper's underlying function.
    await test.db.query(`select public.fr_ensure_monthly_partitions('identity.tenant_api_request_logs', 0, '2033-04-01')`);
    expect(await partitionOf(test.db, 'identity.tenant_api_request_logs', 'id = $1', [ids[2]])).toEqual([
      'identity.tenant_api_request_logs_2033_04',
    ]);
  });

  it('fr_create_partitions covers this month and the next N for both tables, idempotently', async () => {
    const { rows } = await test.db.query<{ name: string }>('select public.fr_create_partitions(2) as name');
    const months = await test.db.query<{ m: string }>(
      `select to_char(date_trunc('month', now() at time zone 'UTC') + make_interval(months => i), 'YYYY_MM') as m
         from generate_series(0, 2) as i`,
    );
    const expected = ['identity.tenant_api_request_logs', 'render.node_health_logs'].flatMap((parent) =>
      months.rows.map((r) => `${parent}_${r.m}`),
    );
    // Some of these months may coincide with ones created above; everything expected must exist now.
    for (const name of rows.map((r) => r.name)) expect(expected).toContain(name);
    const existing = await test.db.query<{ name: string }>(
      `select name from unnest($1::text[]) with ordinality as t(name, ord) where to_regclass(name) is not null order by ord`,
      [expected],
    );
    expect(existing.rows.map((r) => r.name)).toEqual(expected);
    const again = await test.db.query('select public.fr_create_partitions(2)');
    expect(again.rows).toEqual([]);
  });

  it('refuses tables that are not monthly-partitionable and silly horizons', async () => {
    await expect(test.db.query(`select public.fr_ensure_monthly_partitions('identity.tenants', 1)`)).rejects.toMatchObject({
      code: '22023',
    });
    await expect(test.db.query(`select public.fr_create_partitions(-1)`)).rejects.toMatchObject({ code: '22023' });
  });
});
