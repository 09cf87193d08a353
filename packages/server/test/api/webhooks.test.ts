import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBackends } from '../../../../test/support/test-database';
import { createTenantWithKey } from './support/fixtures';
import { type ApiHarness, startApi } from './support/harness';
import { freePort, startReceiver, waitFor } from './support/receiver';
import { verifyStandardWebhook } from './support/standard-webhooks-verify';

const SCHEDULE = [300, 300, 300];

describe.each(testBackends)('webhooks on %s', (kind) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(kind, {
      webhooks: { dispatch: true, allowInsecureUrls: true, retryScheduleMs: SCHEDULE, pollIntervalMs: 100, timeoutMs: 2000, disableAfterFailures: 4 },
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  const deliveries = async (key: string, endpointId: string) => (await api.call('GET', `/v1/webhook_endpoints/${endpointId}/deliveries`, { key })).body.data;

  it('sends a signed ping that an independent Standard Webhooks verifier accepts', async () => {
    const tenant = await createTenantWithKey(api);
    const receiver = await startReceiver();
    try {
      const created = await api.call('POST', '/v1/webhook_endpoints', { key: tenant.key, body: { url: receiver.url, description: 'orders' } });
      expect(created.status).toBe(201);
      expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
      const listed = await api.call('GET', `/v1/webhook_endpoints/${created.body.id}`, { key: tenant.key });
      expect(listed.body).not.toHaveProperty('secret');

      const ping = await api.call('POST', `/v1/webhook_endpoints/${created.body.id}/ping`, { key: tenant.key });
      expect(ping.status).toBe(202);
      const got = await waitFor(() => receiver.received[0]);
      expect(JSON.parse(got.body)).toMatchObject({ type: 'ping', data: { webhook_endpoint_id: created.body.id } });
      expect(got.headers['webhook-id']).toBe(ping.body.event_id);
      expect(await verifyStandardWebhook(created.body.secret, got.headers, got.body)).toBe(true);
      expect(await verifyStandardWebhook(created.body.secret, got.headers, got.body.replace('ping', 'pong'))).toBe(false);

      const log = await waitFor(async () => (await deliveries(tenant.key, created.body.id)).find((d: any) => d.status === 'delivered'));
      expect(log).toMatchObject({ attempt_count: 1, last_status_code: 200 });

      // Rotation: both secrets sign during the grace period.
      const rotated = await api.call('POST', `/v1/webhook_endpoints/${created.body.id}/rotate_secret`, { key: tenant.key });
      await api.call('POST', `/v1/webhook_endpoints/${created.body.id}/ping`, { key: tenant.key });
      const second = await waitFor(() => receiver.received[1]);
      expect(await verifyStandardWebhook(rotated.body.secret, second.headers, second.body)).toBe(true);
      expect(await verifyStandardWebhook(created.body.secret, second.headers, second.body)).toBe(true);

      // Manual replay keeps the event id, so receivers can deduplicate.
      const replay = await api.call('POST', `/v1/webhook_deliveries/${ping.body.id}/replay`, { key: tenant.key });
      expect(replay.status).toBe(202);
      const third = await waitFor(() => receiver.received[2]);
      expect(third.headers['webhook-id']).toBe(ping.body.event_id);
    } finally {
      await receiver.close();
    }
  });

  it('retries a receiver that is down on the schedule and delivers when it is back', async () => {
    const tenant = await createTenantWithKey(api);
    const port = await freePort();
    const created = await api.call('POST', '/v1/webhook_endpoints', { key: tenant.key, body: { url: `http://127.0.0.1:${port}/hooks` } });
    const ping = await api.call('POST', `/v1/webhook_endpoints/${created.body.id}/ping`, { key: tenant.key });
    await waitFor(async () => (await deliveries(tenant.key, created.body.id))[0].attempt_count >= 2);
    const receiver = await startReceiver(() => 200, port);
    try {
      const done = await waitFor(async () => (await deliveries(tenant.key, created.body.id)).find((d: any) => d.status === 'delivered'));
      expect(done.id).toBe(ping.body.id);
      expect(done.attempt_count).toBeGreaterThanOrEqual(3);
      expect(receiver.received).toHaveLength(1);
      expect(await verifyStandardWebhook(created.body.secret, receiver.received[0]!.headers, receiver.received[0]!.body)).toBe(true);
      const endpoint = await api.call('GET', `/v1/webhook_endpoints/${created.body.id}`, { key: tenant.key });
      expect(endpoint.body.consecutive_failures).toBe(0);
    } finally {
      await receiver.close();
    }
  });

  it('gives up after the schedule and disables an endpoint that keeps failing, notifying the tenant', async () => {
    const tenant = await createTenantWithKey(api);
    await api.test.db.query(`insert into identity.users (tenant_id, email, role) values ($1, 'owner@example.com', 'owner')`, [tenant.id]);
    const receiver = await startReceiver(() => 503);
    try {
      const created = await api.call('POST', '/v1/webhook_endpoints', { key: tenant.key, body: { url: receiver.url } });
      await api.call('POST', `/v1/webhook_endpoints/${created.body.id}/ping`, { key: tenant.key });
      const failed = await waitFor(async () => (await deliveries(tenant.key, created.body.id)).find((d: any) => d.status === 'failed'));
      expect(failed).toMatchObject({ attempt_count: SCHEDULE.length + 1, last_status_code: 503, next_attempt_at: null });
      const gaps = receiver.received.slice(1).map((r, i) => r.at - receiver.received[i]!.at);
      for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(250);
      const endpoint = await api.call('GET', `/v1/webhook_endpoints/${created.body.id}`, { key: tenant.key });
      expect(endpoint.body).toMatchObject({ enabled: false, disabled_reason: expect.stringMatching(/4 consecutive/) });
      const notes = await api.test.db.query('select type from notification.notifications where tenant_id = $1', [tenant.id]);
      expect(notes.rows).toEqual([{ type: 'webhook.disabled' }]);
      expect((await api.call('POST', `/v1/webhook_endpoints/${created.body.id}/ping`, { key: tenant.key })).body.error.code).toBe('invalid_state');
    } finally {
      await receiver.close();
    }
  });

  it('refuses non-https and private URLs unless the server allows them', async () => {
    const strict = await import('@flatrender/server/api/webhooks/url-policy');
    expect(() => strict.assertDeliverableUrl('http://example.com/x', false)).toThrow(/https/);
    expect(() => strict.assertDeliverableUrl('https://169.254.169.254/latest', false)).toThrow(/public/);
    expect(() => strict.assertDeliverableUrl('https://localhost/x', false)).toThrow(/public/);
    expect(() => strict.assertDeliverableUrl('https://hooks.example.com/x', false)).not.toThrow();
  });
});
