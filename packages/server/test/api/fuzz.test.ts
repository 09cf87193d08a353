import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../../test/support/test-database';
import { createTenantWithKey, ensureMeteredPlan, rowCounts } from './support/fixtures';
import { type ApiHarness, startApi } from './support/harness';

const RUNS = Number(process.env.FLATRENDER_FUZZ_RUNS ?? 200);

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
}

/** A request that is wrong in at least one way the contract defines. */
type Malformation =
  | { kind: 'path'; value: string }
  | { kind: 'query'; name: string; value: string }
  | { kind: 'body'; value: unknown }
  | { kind: 'raw'; text: string; contentType: string }
  | { kind: 'oversized' };

const notJson = fc.string({ maxLength: 60 }).filter((text) => {
  if (text.trim() === '') return false; // an empty body reads as "no body"
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
});

// Any JSON value that cannot be a valid body: non-objects, and objects with a field no schema has.
const badBody = fc.oneof(
  fc.jsonValue().filter((v) => v === null ? false : typeof v !== 'object' || Array.isArray(v)),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).map((o) => ({ ...o, zz_not_a_field: 1 })),
  fc.record({ url: fc.string(), template: fc.string(), slug: fc.string(), amount: fc.double(), name: fc.integer(), zz: fc.constant(true) }),
);

const malformation = (op: Operation): fc.Arbitrary<Malformation> => {
  const options: fc.Arbitrary<Malformation>[] = [
    fc.record({ kind: fc.constant('query' as const), name: fc.constantFrom('limit', 'starting_after', 'status', 'from'), value: fc.string({ maxLength: 40 }) }),
  ];
  if (op.path.includes('{id}')) {
    options.push(fc.record({ kind: fc.constant('path' as const), value: fc.string({ minLength: 1, maxLength: 80 }) }));
  }
  if (op.hasBody) {
    options.push(
      fc.record({ kind: fc.constant('body' as const), value: badBody }),
      fc.record({ kind: fc.constant('raw' as const), text: notJson, contentType: fc.constant('application/json') }),
      fc.record({ kind: fc.constant('raw' as const), text: fc.string({ maxLength: 40 }), contentType: fc.constantFrom('text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded') }),
      fc.constant({ kind: 'oversized' as const }),
    );
  }
  return fc.oneof(...options);
};

describe.each(testBackends)('malformed requests on %s', (kind) => {
  let api: ApiHarness;
  let tenant: Awaited<ReturnType<typeof createTenantWithKey>>;
  let operations: Operation[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi(kind, { logLevel: 'warn', bodyLimit: 32 * 1024, platformRateLimitPerMinute: 1_000_000, webhooks: { dispatch: false, allowInsecureUrls: true } });
    await ensureMeteredPlan(api);
    tenant = await createTenantWithKey(api, { plan: 'metered', topUp: 100_000 });
    const render = await api.call('POST', '/v1/renders', { key: tenant.key, body: { template: 'LogoMotion', quality: '480p' } });
    const webhook = await api.call('POST', '/v1/webhook_endpoints', { key: tenant.key, body: { url: 'http://127.0.0.1:9/x' } });
    const ping = await api.call('POST', `/v1/webhook_endpoints/${webhook.body.id}/ping`, { key: tenant.key });
    Object.assign(ids, {
      '/v1/tenants/{id}': tenant.id, '/v1/renders/{id}': render.body.id, '/v1/webhook_endpoints/{id}': webhook.body.id,
      '/v1/webhook_deliveries/{id}': ping.body.id, '/v1/api_keys/{id}': tenant.keyId, '/v1/templates/{id}': 'LogoMotion',
    });
    const spec = (await api.call('GET', '/v1/openapi.json')).body;
    operations = Object.entries(spec.paths as Record<string, Record<string, { requestBody?: unknown }>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, hasBody: op.requestBody !== undefined || ['POST', 'PUT', 'PATCH'].includes(method.toUpperCase()) })),
    );
  });
  afterAll(async () => {
    await api?.close();
  });

  const keyFor = (op: Operation) =>
    op.path.startsWith('/v1/tenants') || (op.path.startsWith('/v1/templates/') && op.method === 'PATCH') ? api.platformKey : tenant.key;

  async function send(op: Operation, bad: Malformation) {
    const base = Object.keys(ids).find((prefix) => op.path.startsWith(prefix));
    let path = base ? op.path.replace('{id}', ids[base]!) : op.path;
    if (bad.kind === 'path') path = op.path.replace('{id}', encodeURIComponent(bad.value));
    if (bad.kind === 'query') path += `?${encodeURIComponent(bad.name)}=${encodeURIComponent(bad.value)}&zz_unknown=1`;
    const options: Parameters<ApiHarness['call']>[2] = { key: keyFor(op) };
    if (bad.kind === 'body') options.body = bad.value;
    if (bad.kind === 'raw') options.rawBody = bad.text, options.headers = { 'content-type': bad.contentType };
    if (bad.kind === 'oversized') options.body = { name: 'x'.repeat(40 * 1024) };
    // A valid body where the malformation is elsewhere would be a real request: keep it invalid.
    if (op.hasBody && (bad.kind === 'path' || bad.kind === 'query')) options.body = { zz_not_a_field: true };
    return api.call(op.method, path, options);
  }

  it('covers every documented route', () => {
    expect(operations.length).toBeGreaterThanOrEqual(30);
  });

  it(`answers ${RUNS} malformed requests per route with a 4xx in the error shape, and writes nothing`, async () => {
    const before = await rowCounts(api);
    const statuses = new Map<number, number>();
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(malformation(op), async (bad) => {
          const res = await send(op, bad);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500) throw new Error(`${op.method} ${op.path} ${JSON.stringify(bad).slice(0, 200)} → ${res.status} ${res.text}`);
          // A malformed request with a valid key on a GET without a query schema may succeed; nothing else may.
          if (res.status < 400 && op.method !== 'GET') throw new Error(`${op.method} ${op.path} accepted ${JSON.stringify(bad).slice(0, 200)}`);
          if (res.status >= 400) {
            expect(res.body?.error).toMatchObject({ type: expect.any(String), code: expect.any(String), message: expect.any(String) });
            expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/); // no stack traces
          }
        }),
        { numRuns: RUNS },
      );
    }
    expect(await rowCounts(api)).toEqual(before);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  }, 600_000);
});
