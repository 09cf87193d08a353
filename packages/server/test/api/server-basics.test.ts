import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../../test/support/test-database';
import { type ApiHarness, startApi } from './support/harness';

describe.each(testBackends)('server basics on %s', (kind) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(kind, { bodyLimit: 64 * 1024 });
  });
  afterAll(async () => {
    await api?.close();
  });

  const expectError = (res: { status: number; body: any; headers: Headers }, status: number, code: string) => {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error).toMatchObject({ code, request_id: res.headers.get('x-request-id') });
    expect(typeof res.body.error.message).toBe('string');
    expect(res.body.error).toHaveProperty('param');
  };

  it('answers /healthz and /readyz, with a request id on every response', async () => {
    const health = await api.call('GET', '/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    expect(health.headers.get('x-request-id')).toMatch(/^req_/);
    const ready = await api.call('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', database: kind });
  });

  it('keeps a well-formed caller request id and replaces a hostile one', async () => {
    expect((await api.call('GET', '/healthz', { headers: { 'x-request-id': 'trace-1234-abcd' } })).headers.get('x-request-id')).toBe('trace-1234-abcd');
    expect((await api.call('GET', '/healthz', { headers: { 'x-request-id': 'a"b<script>' + 'x'.repeat(80) } })).headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('serves OpenAPI 3 from the zod contract and a docs page', async () => {
    const spec = await api.call('GET', '/v1/openapi.json');
    expect(spec.status).toBe(200);
    expect(spec.body.openapi).toMatch(/^3\./);
    expect(spec.body.info.title).toBe('FlatRender API');
    const docs = await api.call('GET', '/docs');
    expect(docs.status).toBe(200);
    expect(docs.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('maps unknown routes, missing keys and bad keys to the error shape', async () => {
    expectError(await api.call('GET', '/v1/nothing-here'), 404, 'route_not_found');
    expectError(await api.call('GET', '/v1/tenants'), 401, 'api_key_missing');
    expectError(await api.call('GET', '/v1/tenants', { headers: { authorization: 'Basic abc' } }), 401, 'api_key_invalid');
    expectError(await api.call('GET', '/v1/tenants', { key: 'fr_live_aaaaaaaaaaaa_' + 'b'.repeat(40) }), 401, 'api_key_invalid');
  });

  it('refuses bodies that are not JSON, invalid, oversized or have unknown fields', async () => {
    const key = api.platformKey;
    expectError(await api.call('POST', '/v1/tenants', { key, rawBody: 'slug=a', headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectError(await api.call('POST', '/v1/tenants', { key, rawBody: 'x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415, 'unsupported_media_type');
    expectError(await api.call('POST', '/v1/tenants', { key, rawBody: '{"slug":', headers: { 'content-type': 'application/json' } }), 400, 'invalid_json');
    expectError(await api.call('POST', '/v1/tenants', { key, rawBody: JSON.stringify({ name: 'x'.repeat(70_000) }), headers: { 'content-type': 'application/json' } }), 413, 'payload_too_large');
    const unknown = await api.call('POST', '/v1/tenants', { key, body: { slug: 'acme', name: 'Acme', colour: 'red' } });
    expectError(unknown, 400, 'invalid_request');
    expect(unknown.body.error.param).toBe('colour');
    const wrongType = await api.call('POST', '/v1/tenants', { key, body: { slug: 'acme', name: 42 } });
    expectError(wrongType, 400, 'invalid_request');
    expect(wrongType.body.error.param).toBe('name');
    const badId = await api.call('GET', '/v1/tenants/not-a-uuid', { key });
    expectError(badId, 400, 'invalid_request');
    expect(badId.body.error.param).toBe('id');
  });

  it('never logs the API key', async () => {
    await api.call('GET', '/v1/tenants', { key: api.platformKey });
    const secret = api.platformKey.split('_').at(-1)!;
    expect(api.logs.length).toBeGreaterThan(0);
    expect(api.logs.join('\n')).not.toContain(secret);
    const line = JSON.parse(api.logs.find((l) => l.includes('request completed'))!);
    expect(line.request_id).toMatch(/^req_/);
  });
});
