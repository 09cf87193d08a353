import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapPlatformKey } from '@flatrender/server/api/auth/bootstrap';
import { testBackends } from '../../../../test/support/test-database';
import { createTenantWithKey } from './support/fixtures';
import { type ApiHarness, startApi } from './support/harness';

describe.each(testBackends)('API keys on %s', (kind) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(async () => {
    await api?.close();
  });

  const code = (res: { status: number; body: any }) => [res.status, res.body?.error?.code];

  it('creates a tenant key shown once, listed by prefix only, and usable at once', async () => {
    const tenant = await createTenantWithKey(api);
    expect(tenant.key).toMatch(/^fr_live_[A-Za-z0-9]{12}_[A-Za-z0-9]{40}$/);
    const list = await api.call('GET', '/v1/api_keys', { key: tenant.key });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({ id: tenant.keyId, role: 'tenant', tenant_id: tenant.id });
    expect(list.body.data[0]).not.toHaveProperty('key');
    expect(list.body.data[0].last_used_at).not.toBeNull();
    expect(tenant.key.startsWith(list.body.data[0].prefix)).toBe(true);
    expect((await api.call('GET', '/v1/branding', { key: tenant.key })).status).toBe(200);
  });

  it('refuses revoked, expired, malformed and wrong-role keys with the right code', async () => {
    const tenant = await createTenantWithKey(api);
    expect(code(await api.call('GET', '/v1/tenants', { key: tenant.key }))).toEqual([403, 'permission_denied']);
    expect(code(await api.call('GET', '/v1/branding', { key: api.platformKey }))).toEqual([400, 'tenant_required']);
    expect(code(await api.call('GET', '/v1/branding', { key: tenant.key, headers: { 'flatrender-tenant': tenant.id } }))).toEqual([403, 'permission_denied']);
    expect(code(await api.call('GET', '/v1/branding', { key: tenant.key.slice(0, -1) }))).toEqual([401, 'api_key_invalid']);
    expect(code(await api.call('GET', '/v1/branding', { key: `${tenant.key.slice(0, -1)}X` }))).toEqual([401, 'api_key_invalid']);

    const agent = await api.call('POST', '/v1/api_keys', { key: api.platformKey, headers: { 'flatrender-tenant': tenant.id }, body: { role: 'agent' } });
    expect(agent.status).toBe(201);
    expect(code(await api.call('GET', '/v1/branding', { key: agent.body.key }))).toEqual([403, 'permission_denied']);
    expect(code(await api.call('POST', '/v1/api_keys', { key: tenant.key, body: { role: 'platform' } }))).toEqual([403, 'permission_denied']);

    const revoke = await api.call('DELETE', `/v1/api_keys/${tenant.keyId}`, { key: tenant.key });
    expect(revoke.status).toBe(200);
    expect(revoke.body.revoked_at).not.toBeNull();
    expect(code(await api.call('GET', '/v1/branding', { key: tenant.key }))).toEqual([401, 'api_key_revoked']);

    const other = await createTenantWithKey(api);
    await api.test.db.query(
      `update identity.tenant_api_keys set created_at = now() - interval '2 days', expires_at = now() - interval '1 day' where id = $1`,
      [other.keyId],
    );
    expect(code(await api.call('GET', '/v1/branding', { key: other.key }))).toEqual([401, 'api_key_expired']);
  });

  it('honours scopes and suspension', async () => {
    const tenant = await createTenantWithKey(api, { scopes: ['branding:read'] });
    expect((await api.call('GET', '/v1/branding', { key: tenant.key })).status).toBe(200);
    expect(code(await api.call('PUT', '/v1/branding', { key: tenant.key, body: { display_name: 'X' } }))).toEqual([403, 'insufficient_scope']);
    const suspend = await api.call('POST', `/v1/tenants/${tenant.id}/suspend`, { key: api.platformKey, body: { reason: 'unpaid' } });
    expect(suspend.body).toMatchObject({ status: 'suspended', suspended_reason: 'unpaid' });
    expect(code(await api.call('GET', '/v1/branding', { key: tenant.key }))).toEqual([403, 'tenant_suspended']);
    // The operator still sees it and can reactivate it.
    expect((await api.call('GET', '/v1/branding', { key: api.platformKey, headers: { 'flatrender-tenant': tenant.id } })).status).toBe(200);
    await api.call('PATCH', `/v1/tenants/${tenant.id}`, { key: api.platformKey, body: { status: 'active' } });
    expect((await api.call('GET', '/v1/branding', { key: tenant.key })).status).toBe(200);
  });

  it('rolls a key: the new one works, the old one until its grace period ends', async () => {
    const tenant = await createTenantWithKey(api);
    const rolled = await api.call('POST', `/v1/api_keys/${tenant.keyId}/roll`, { key: tenant.key, body: { expires_in_seconds: 60 } });
    expect(rolled.status).toBe(201);
    expect(rolled.body.key).not.toBe(tenant.key);
    expect((await api.call('GET', '/v1/branding', { key: rolled.body.key })).status).toBe(200);
    expect((await api.call('GET', '/v1/branding', { key: tenant.key })).status).toBe(200);
    const immediate = await api.call('POST', `/v1/api_keys/${rolled.body.id}/roll`, { key: rolled.body.key });
    expect(immediate.status).toBe(201);
    expect(code(await api.call('GET', '/v1/branding', { key: rolled.body.key }))).toEqual([401, 'api_key_revoked']);
  });

  it('rate-limits per key by plan: 429 with retry-after', async () => {
    const tenant = await createTenantWithKey(api, { plan: 'free' }); // 30 requests per minute
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<ApiHarness['call']>> | undefined;
    for (let i = 0; i < 32; i++) {
      const res = await api.call('GET', '/v1/balance', { key: tenant.key });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(200));
    expect(limited?.body.error).toMatchObject({ type: 'rate_limit_error', code: 'rate_limited' });
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another key of another tenant is not affected.
    const other = await createTenantWithKey(api, { plan: 'free' });
    expect((await api.call('GET', '/v1/balance', { key: other.key })).status).toBe(200);
  });

  it('stores only the hash: the plaintext is in no table and no log line', async () => {
    const tenant = await createTenantWithKey(api);
    await api.call('GET', '/v1/branding', { key: tenant.key });
    await api.app.close().catch(() => undefined); // flushes the request log
    const secret = tenant.key.split('_').at(-1)!;
    const { rows } = await api.test.db.query<{ hits: number }>(
      `select count(*)::int as hits from (
         select row_to_json(k)::text as t from identity.tenant_api_keys k
         union all select row_to_json(l)::text from identity.tenant_api_request_logs l
         union all select row_to_json(i)::text from identity.idempotency_keys i) all_rows
       where t like '%' || $1 || '%'`,
      [secret],
    );
    expect(rows[0]!.hits).toBe(0);
    const logged = await api.test.db.query<{ n: number }>(`select count(*)::int as n from identity.tenant_api_request_logs where key_prefix is not null`);
    expect(logged.rows[0]!.n).toBeGreaterThan(0);
    const usage = await api.test.db.query<{ api_requests: number }>('select api_requests from identity.tenant_usage_daily where tenant_id = $1', [tenant.id]);
    expect(usage.rows[0]!.api_requests).toBeGreaterThanOrEqual(1);
    expect(api.logs.join('\n')).not.toContain(secret);
    expect(api.logs.join('\n')).not.toContain(api.platformKey.split('_').at(-1)!);
  });

  it('bootstraps a platform key only when none is usable', async () => {
    expect(await bootstrapPlatformKey(api.test.db)).toBeNull();
    await api.test.db.query(`update identity.tenant_api_keys set revoked_at = now() where role = 'platform'`);
    const first = await bootstrapPlatformKey(api.test.db);
    expect(first?.key).toMatch(/^fr_live_/);
    expect(await bootstrapPlatformKey(api.test.db)).toBeNull();
  });
});
