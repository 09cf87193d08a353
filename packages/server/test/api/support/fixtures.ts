import type { ApiHarness } from './harness';

let counter = 0;

/** A fresh tenant (created through the API) and a tenant key for it. */
export async function createTenantWithKey(api: ApiHarness, options: { plan?: string; topUp?: number; scopes?: string[] } = {}) {
  const slug = `t-${process.pid}-${Date.now().toString(36)}-${counter++}`;
  const tenant = await api.call('POST', '/v1/tenants', { key: api.platformKey, body: { slug, name: `Tenant ${slug}`, plan: options.plan ?? 'starter' } });
  if (tenant.status !== 201) throw new Error(`tenant create failed: ${tenant.text}`);
  const id: string = tenant.body.id;
  const key = await api.call('POST', '/v1/api_keys', {
    key: api.platformKey,
    headers: { 'flatrender-tenant': id },
    body: { name: 'test', role: 'tenant', ...(options.scopes ? { scopes: options.scopes } : {}) },
  });
  if (key.status !== 201) throw new Error(`key create failed: ${key.text}`);
  if (options.topUp) {
    const credit = await api.call('POST', `/v1/tenants/${id}/credits`, { key: api.platformKey, body: { amount: options.topUp } });
    if (credit.status !== 201) throw new Error(`top-up failed: ${credit.text}`);
  }
  return { id, slug, key: key.body.key as string, keyId: key.body.id as string };
}

/**
 * A plan with no included seconds, so every render is charged (the seeded plans include
 * free seconds, which would make the first renders of a test cost nothing).
 */
export async function ensureMeteredPlan(api: ApiHarness): Promise<string> {
  await api.test.db.query(
    `insert into identity.plans (code, name_fa, name_en, included_seconds, price_per_second_480p_irt, price_per_second_720p_irt,
        price_per_second_1080p_irt, price_per_second_2160p_irt, queue_priority, rate_limit_per_minute, output_retention_days)
     values ('metered', 'متری', 'Metered', 0, 60, 120, 240, null, 5, 100000, 30) on conflict (code) do nothing`,
  );
  return 'metered';
}

/** Rows per table, to show a refused request changed nothing. */
export async function rowCounts(api: ApiHarness): Promise<Record<string, number>> {
  const tables = [
    'identity.tenants', 'identity.tenant_api_keys', 'identity.tenant_branding', 'identity.credit_ledger', 'identity.tenant_webhooks',
    'identity.tenant_webhook_deliveries', 'render.render_jobs', 'render.render_job_events', 'content.tenant_templates',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const { rows } = await api.test.db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    counts[table] = rows[0]!.n;
  }
  const balances = await api.test.db.query<{ s: number }>('select coalesce(sum(balance_irt), 0)::bigint as s from identity.tenants');
  counts['sum(balance_irt)'] = Number(balances.rows[0]!.s);
  return counts;
}
