import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../../test/support/test-database';
import { createTenantWithKey, ensureMeteredPlan, rowCounts } from './support/fixtures';
import { type ApiHarness, startApi } from './support/harness';

describe.each(testBackends)('renders and billing on %s', (kind) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(kind);
    await ensureMeteredPlan(api);
  });
  afterAll(async () => {
    await api?.close();
  });

  const logo = { template: 'LogoMotion', aspect: '9:16', quality: '1080p', bindings: { primary: '#0a7e8c' } };

  it('quotes seconds × tier rate line by line, and counts included seconds', async () => {
    const metered = await createTenantWithKey(api, { plan: 'metered' });
    const quote = await api.call('POST', '/v1/renders/quote', { key: metered.key, body: logo });
    expect(quote.status).toBe(200);
    expect(quote.body).toMatchObject({ object: 'quote', duration_seconds: 6, frames: 180, fps: 30, rate_per_second: '240.00', total: { amount: 1440, currency: 'IRT' } });
    expect(quote.body.lines).toHaveLength(1);

    const starter = await createTenantWithKey(api, { plan: 'starter' });
    const free = await api.call('POST', '/v1/renders/quote', { key: starter.key, body: logo });
    expect(free.body.total.amount).toBe(0);
    expect(free.body.lines.map((l: any) => l.amount.amount)).toEqual([1440, -1440]);
  });

  it('validates bindings against the template: 422 naming bindings.<field>', async () => {
    const tenant = await createTenantWithKey(api, { plan: 'metered', topUp: 100_000 });
    const before = await rowCounts(api);
    const bad = await api.call('POST', '/v1/renders', { key: tenant.key, body: { ...logo, bindings: { primary: 'red' } } });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: 'invalid_bindings', param: 'bindings.primary' });
    const unknown = await api.call('POST', '/v1/renders', { key: tenant.key, body: { ...logo, bindings: { titel: 'x' } } });
    expect(unknown.body.error).toMatchObject({ code: 'invalid_bindings', param: 'bindings.titel' });
    const template = await api.call('POST', '/v1/renders', { key: tenant.key, body: { ...logo, template: 'NoSuch' } });
    expect(template.body.error).toMatchObject({ code: 'unprocessable', param: 'template' });
    const tier = await api.call('POST', '/v1/renders', { key: tenant.key, body: { ...logo, quality: '2160p' } });
    expect(tier.body.error).toMatchObject({ code: 'unprocessable', param: 'quality' });
    expect(await rowCounts(api)).toEqual(before);
  });

  it('charges through the ledger, refuses an overdraft with 402, and dry-runs for free', async () => {
    const tenant = await createTenantWithKey(api, { plan: 'metered', topUp: 2000 });
    const dry = await api.call('POST', '/v1/renders', { key: tenant.key, body: { ...logo, dry_run: true } });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ object: 'quote', dry_run: true, total: { amount: 1440 }, sufficient_balance: true });

    const created = await api.call('POST', '/v1/renders', { key: tenant.key, body: logo });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ object: 'render', status: 'queued', template: 'LogoMotion', aspect: '9:16', cost: { amount: 1440 }, output: null, progress: 0 });
    expect((await api.call('GET', '/v1/balance', { key: tenant.key })).body.available.amount).toBe(560);

    const before = await rowCounts(api);
    const broke = await api.call('POST', '/v1/renders', { key: tenant.key, body: logo });
    expect(broke.status).toBe(402);
    expect(broke.body.error.code).toBe('insufficient_balance');
    expect(await rowCounts(api)).toEqual(before);

    const ledger = await api.call('GET', '/v1/ledger', { key: tenant.key });
    expect(ledger.body.data.map((e: any) => [e.kind, e.amount.amount])).toEqual([['render_debit', -1440], ['topup', 2000]]);
    const drift = await api.test.db.query('select * from identity.tenant_balance_drift');
    expect(drift.rows).toEqual([]);
  });

  it('gets, lists with cursors and filters, cancels with a refund, and shows events', async () => {
    const tenant = await createTenantWithKey(api, { plan: 'metered', topUp: 100_000 });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await api.call('POST', '/v1/renders', { key: tenant.key, body: { ...logo, quality: i % 2 ? '720p' : '480p' } })).body.id);
    const got = await api.call('GET', `/v1/renders/${ids[0]}`, { key: tenant.key });
    expect(got.body.id).toBe(ids[0]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await api.call('GET', `/v1/renders?limit=2${cursor ? `&starting_after=${cursor}` : ''}`, { key: tenant.key });
      expect(page.status).toBe(200);
      seen.push(...page.body.data.map((r: any) => r.id));
      cursor = page.body.next_cursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    expect((await api.call('GET', '/v1/renders?starting_after=garbage', { key: tenant.key })).body.error).toMatchObject({ code: 'invalid_cursor', param: 'starting_after' });

    const canceled = await api.call('POST', `/v1/renders/${ids[1]}/cancel`, { key: tenant.key });
    expect(canceled.body.status).toBe('canceled');
    expect((await api.call('POST', `/v1/renders/${ids[1]}/cancel`, { key: tenant.key })).body.error.code).toBe('invalid_state');
    const onlyCanceled = await api.call('GET', '/v1/renders?status=canceled', { key: tenant.key });
    expect(onlyCanceled.body.data.map((r: any) => r.id)).toEqual([ids[1]]);
    const ledger = await api.call('GET', '/v1/ledger?limit=1', { key: tenant.key });
    expect(ledger.body.data[0]).toMatchObject({ kind: 'render_refund', amount: { amount: 720 }, reference: ids[1] });

    const events = await api.call('GET', `/v1/renders/${ids[1]}/events`, { key: tenant.key });
    expect(events.body.data.map((e: any) => [e.from_status, e.to_status])).toEqual([[null, 'queued'], ['queued', 'canceled']]);
  });

  it('lists plans and rejects unknown query parameters', async () => {
    const tenant = await createTenantWithKey(api);
    const plans = await api.call('GET', '/v1/plans', { key: tenant.key });
    expect(plans.body.data.map((p: any) => p.id)).toEqual(expect.arrayContaining(['free', 'starter', 'pro', 'business']));
    expect((await api.call('GET', '/v1/renders?colour=red', { key: tenant.key })).body.error).toMatchObject({ code: 'invalid_request', param: 'colour' });
  });
});
