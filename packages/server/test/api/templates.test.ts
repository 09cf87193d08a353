import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../../test/support/test-database';
import { createTenantWithKey } from './support/fixtures';
import { type ApiHarness, startApi } from './support/harness';

describe.each(testBackends)('templates on %s', (kind) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('lists the seeded catalogue with bindings, aspects and durations', async () => {
    const tenant = await createTenantWithKey(api);
    const list = await api.call('GET', '/v1/templates', { key: tenant.key });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(16);
    const logo = list.body.data.find((t: any) => t.id === 'LogoMotion');
    expect(logo).toMatchObject({ object: 'template', engine: 'remotion', kind: '2d', enabled: true });
    expect(Object.keys(logo.aspects).sort()).toEqual(['16:9', '1:1', '9:16']);
    expect(logo.aspects['9:16']).toMatchObject({ composition_id: 'LogoMotion-9x16', width: 1080, height: 1920 });
    expect(logo.bindings.type).toBe('object');
    const one = await api.call('GET', '/v1/templates/Hero3D', { key: tenant.key });
    expect(one.body).toMatchObject({ id: 'Hero3D', kind: '3d' });
    expect((await api.call('GET', '/v1/templates/NoSuchThing', { key: tenant.key })).status).toBe(404);
    expect((await api.call('GET', '/v1/templates/bad-id', { key: tenant.key })).body.error).toMatchObject({ code: 'invalid_request', param: 'id' });
  });

  it('lets the platform disable a template for one tenant only', async () => {
    const a = await createTenantWithKey(api);
    const b = await createTenantWithKey(api);
    const off = await api.call('PATCH', '/v1/templates/Opener', { key: api.platformKey, headers: { 'flatrender-tenant': a.id }, body: { enabled: false } });
    expect(off.status).toBe(200);
    expect(off.body.enabled).toBe(false);
    expect((await api.call('GET', '/v1/templates/Opener', { key: a.key })).status).toBe(404);
    expect((await api.call('GET', '/v1/templates', { key: a.key })).body.data).toHaveLength(15);
    expect((await api.call('GET', '/v1/templates/Opener', { key: b.key })).status).toBe(200);
    expect((await api.call('PATCH', '/v1/templates/Opener', { key: a.key, body: { enabled: true } })).status).toBe(403);
  });

  it('sets the engine and per-aspect compositions (platform), refusing a Remotion template without one', async () => {
    const set = await api.call('PATCH', '/v1/templates/QuoteCard', { key: api.platformKey, body: { compositions: { '1:1': 'QuoteCard-Square' } } });
    expect(set.status).toBe(200);
    expect(set.body.aspects['1:1'].composition_id).toBe('QuoteCard-Square');
    const engine = await api.call('PATCH', '/v1/templates/QuoteCard', { key: api.platformKey, body: { engine: 'aftereffects' } });
    expect(engine.body.engine).toBe('aftereffects');
    await api.test.db.query(`update content.projects set render_remotion_comp = null where template_key = 'QuoteCard'`);
    const broken = await api.call('PATCH', '/v1/templates/QuoteCard', { key: api.platformKey, body: { engine: 'remotion', compositions: { '16:9': null, '9:16': null } } });
    expect(broken.status).toBe(422);
    expect(broken.body.error.param).toBe('compositions.16:9');
    // Nothing of the refused change was written.
    const after = await api.call('GET', '/v1/templates/QuoteCard', { key: api.platformKey });
    expect(after.body.engine).toBe('aftereffects');
    expect(after.body.aspects['9:16'].composition_id).toBe('QuoteCard-9x16');
  });
});
