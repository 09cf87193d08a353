import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../../test/support/test-database';
import { createTenantWithKey, ensureMeteredPlan } from './support/fixtures';
import { type ApiHarness, startApi } from './support/harness';

describe.each(testBackends)('Idempotency-Key on %s', (kind) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(kind);
    await ensureMeteredPlan(api);
  });
  afterAll(async () => {
    await api?.close();
  });

  const body = { template: 'LogoMotion', aspect: '16:9', quality: '720p' };

  it('20 concurrent identical POSTs make one render and one debit', async () => {
    const tenant = await createTenantWithKey(api, { plan: 'metered', topUp: 1_000_000 });
    const headers = { 'idempotency-key': 'order-42' };
    const responses = await Promise.all(Array.from({ length: 20 }, () => api.call('POST', '/v1/renders', { key: tenant.key, body, headers })));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    expect(responses.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(19);

    const renders = await api.test.db.query<{ n: number }>('select count(*)::int as n from render.render_jobs where tenant_id = $1', [tenant.id]);
    const debits = await api.test.db.query<{ n: number }>(`select count(*)::int as n from identity.credit_ledger where tenant_id = $1 and kind = 'render_debit'`, [tenant.id]);
    expect(renders.rows[0]!.n).toBe(1);
    expect(debits.rows[0]!.n).toBe(1);
    expect((await api.call('GET', '/v1/balance', { key: tenant.key })).body.available.amount).toBe(1_000_000 - 720);
  });

  it('replays the same body later and refuses a different body with 409 idempotency_conflict', async () => {
    const tenant = await createTenantWithKey(api, { plan: 'metered', topUp: 1_000_000 });
    const headers = { 'idempotency-key': 'order-43' };
    const first = await api.call('POST', '/v1/renders', { key: tenant.key, body, headers });
    const again = await api.call('POST', '/v1/renders', { key: tenant.key, body: { quality: '720p', aspect: '16:9', template: 'LogoMotion' }, headers });
    expect(again.body).toEqual(first.body);
    const different = await api.call('POST', '/v1/renders', { key: tenant.key, body: { ...body, quality: '480p' }, headers });
    expect(different.status).toBe(409);
    expect(different.body.error).toMatchObject({ type: 'idempotency_error', code: 'idempotency_conflict', param: 'Idempotency-Key' });
    // Keys are per tenant: another tenant may use the same one.
    const other = await createTenantWithKey(api, { plan: 'metered', topUp: 10_000 });
    expect((await api.call('POST', '/v1/renders', { key: other.key, body, headers })).status).toBe(201);
  });

  it('stores a 4xx result but lets a request that failed validation be retried', async () => {
    const tenant = await createTenantWithKey(api, { plan: 'metered' });
    const headers = { 'idempotency-key': 'order-44' };
    const broke = await api.call('POST', '/v1/renders', { key: tenant.key, body, headers });
    expect(broke.status).toBe(402);
    expect((await api.call('POST', '/v1/renders', { key: tenant.key, body, headers })).headers.get('idempotent-replayed')).toBe('true');
    const invalid = await api.call('POST', '/v1/renders', { key: tenant.key, body: { nope: 1 }, headers: { 'idempotency-key': 'order-45' } });
    expect(invalid.status).toBe(400);
    await api.call('POST', `/v1/tenants/${tenant.id}/credits`, { key: api.platformKey, body: { amount: 5000 } });
    expect((await api.call('POST', '/v1/renders', { key: tenant.key, body, headers: { 'idempotency-key': 'order-45' } })).status).toBe(201);
    expect((await api.call('POST', '/v1/renders', { key: tenant.key, body, headers: { 'idempotency-key': 'x'.repeat(300) } })).body.error.param).toBe('Idempotency-Key');
  });
});
