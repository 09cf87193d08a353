import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, inTenant } from '@flatrender/server/api/support/scopes';
import { testBackends } from '../../../../test/support/test-database';
import { createTenantWithKey, ensureMeteredPlan, rowCounts } from './support/fixtures';
import { type ApiHarness, startApi } from './support/harness';

/** Every tenant-owned table (a tenant_id column), as 17_api_rls.sql selects them. */
async function tenantTables(api: ApiHarness): Promise<{ table: string; rls: boolean; forced: boolean }[]> {
  const { rows } = await api.test.db.query<{ table: string; rls: boolean; forced: boolean }>(
    `select c.oid::regclass::text as table, c.relrowsecurity as rls, c.relforcerowsecurity as forced
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
      where n.nspname in ('identity', 'content', 'studio', 'render', 'file_mgr', 'notification')
        and c.relkind in ('r', 'p') and not c.relispartition order by 1`,
  );
  return rows;
}

describe.each(testBackends)('tenant isolation on %s', (kind) => {
  let api: ApiHarness;
  let a: Awaited<ReturnType<typeof createTenantWithKey>>;
  let b: Awaited<ReturnType<typeof createTenantWithKey>>;
  const objects: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi(kind, { webhooks: { dispatch: false, allowInsecureUrls: true } });
    await ensureMeteredPlan(api);
    a = await createTenantWithKey(api, { plan: 'metered', topUp: 100_000 });
    b = await createTenantWithKey(api, { plan: 'metered', topUp: 100_000 });
    const render = await api.call('POST', '/v1/renders', { key: a.key, body: { template: 'LogoMotion', quality: '480p' } });
    const webhook = await api.call('POST', '/v1/webhook_endpoints', { key: a.key, body: { url: 'http://127.0.0.1:9/a' } });
    const ping = await api.call('POST', `/v1/webhook_endpoints/${webhook.body.id}/ping`, { key: a.key });
    await api.call('PUT', '/v1/branding', { key: a.key, body: { display_name: 'Tenant A', custom_domain: 'video.a.example.com' } });
    Object.assign(objects, { render: render.body.id, webhook: webhook.body.id, delivery: ping.body.id, key: a.keyId });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('every tenant-owned table has row-level security enabled and forced', async () => {
    const tables = await tenantTables(api);
    expect(tables.length).toBeGreaterThan(30);
    expect(tables.filter((t) => !t.rls || !t.forced).map((t) => t.table)).toEqual([]);
  });

  it("answers 404 to tenant B for every route on tenant A's objects, and changes nothing", async () => {
    const before = await rowCounts(api);
    const attempts: Array<[string, string, unknown?]> = [
      ['GET', `/v1/renders/${objects.render}`],
      ['POST', `/v1/renders/${objects.render}/cancel`],
      ['GET', `/v1/renders/${objects.render}/events`],
      ['GET', `/v1/webhook_endpoints/${objects.webhook}`],
      ['PATCH', `/v1/webhook_endpoints/${objects.webhook}`, { enabled: false }],
      ['DELETE', `/v1/webhook_endpoints/${objects.webhook}`],
      ['POST', `/v1/webhook_endpoints/${objects.webhook}/rotate_secret`],
      ['POST', `/v1/webhook_endpoints/${objects.webhook}/ping`],
      ['GET', `/v1/webhook_endpoints/${objects.webhook}/deliveries`],
      ['POST', `/v1/webhook_deliveries/${objects.delivery}/replay`],
      ['DELETE', `/v1/api_keys/${objects.key}`],
      ['POST', `/v1/api_keys/${objects.key}/roll`],
    ];
    for (const [method, path, body] of attempts) {
      const res = await api.call(method, path, { key: b.key, body });
      expect([method, path, res.status, res.body?.error?.code]).toEqual([method, path, 404, 'not_found']);
    }
    expect(await rowCounts(api)).toEqual(before);
    // A's objects are untouched and still work for A.
    expect((await api.call('GET', `/v1/renders/${objects.render}`, { key: a.key })).body.status).toBe('queued');
    expect((await api.call('GET', `/v1/webhook_endpoints/${objects.webhook}`, { key: a.key })).body.enabled).toBe(true);
    expect((await api.call('GET', '/v1/branding', { key: a.key })).status).toBe(200);
  });

  it("never lists A's objects to B, not even through A's ids as cursors", async () => {
    for (const path of ['/v1/renders', '/v1/webhook_endpoints', '/v1/api_keys', '/v1/ledger']) {
      const res = await api.call('GET', path, { key: b.key });
      const ids = res.body.data.map((o: any) => o.id);
      expect(ids).not.toContain(objects.render);
      expect(ids).not.toContain(objects.webhook);
      expect(ids).not.toContain(objects.key);
    }
    const viaCursor = await api.call('GET', `/v1/renders?starting_after=${objects.render}`, { key: b.key });
    expect(viaCursor.body.data).toEqual([]);
    expect((await api.call('GET', '/v1/branding', { key: b.key })).body.display_name).toBeNull();
    // A globally unique value does not say who holds it.
    const taken = await api.call('PUT', '/v1/branding', { key: b.key, body: { custom_domain: 'video.a.example.com' } });
    expect(taken.status).toBe(409);
    expect(taken.text).not.toContain(a.id);
  });

  it("a raw query in B's tenant transaction sees none of A's rows; with no tenant set it sees no tenant rows", async () => {
    const tables = (await tenantTables(api)).map((t) => t.table).concat('identity.tenants');
    for (const table of tables) {
      const column = table === 'identity.tenants' ? 'id' : 'tenant_id';
      const seenByB = await inTenant(api.test.db, b.id, (tx) => tx.query<{ n: number }>(`select count(*)::int as n from ${table} where ${column} = $1`, [a.id]));
      expect([table, seenByB.rows[0]!.n]).toEqual([table, 0]);
      const noTenant = await api.test.db.transaction(async (tx) => {
        await tx.query("select set_config('role', $1, true)", [APP_ROLE]);
        return tx.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      });
      expect([table, noTenant.rows[0]!.n]).toEqual([table, 0]);
    }
    // And A really has rows there, so the zeros above mean something.
    const own = await inTenant(api.test.db, a.id, (tx) => tx.query<{ n: number }>('select count(*)::int as n from render.render_jobs'));
    expect(own.rows[0]!.n).toBe(1);
  });

  it("refuses B's writes that would land in A's tenant", async () => {
    await expect(
      inTenant(api.test.db, b.id, (tx) =>
        tx.query(`insert into identity.credit_ledger (tenant_id, kind, amount_irt, reference) values ($1, 'topup', 1, 'sneaky')`, [a.id]),
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });
});
