import { IdParams, ListQuery, listOf, Deleted } from '../../contract/common';
import { ApiErrorBody } from '../../contract/errors';
import { CreateWebhookEndpoint, RotateSecret, UpdateWebhookEndpoint, WebhookDelivery, WebhookEndpoint, WebhookEndpointWithSecret } from '../../contract/webhooks';
import { z } from 'zod';
import type { ApiApp, RouteDeps } from '../app-types';
import { tenantOf } from '../auth/authenticate';
import { ApiError, notFound } from '../http/api-error';
import {
  deliveryToWire, endpointToWire, enqueueEvent, findEndpoint, insertEndpoint, listDeliveries, listEndpoints, replayDelivery, rotateSecret, updateEndpoint,
} from '../sql/webhooks';
import { decodeCursor, page } from '../support/cursor';
import { inTenant } from '../support/scopes';
import { newWebhookSecret } from '../webhooks/signing';
import { assertDeliverableUrl } from '../webhooks/url-policy';

const tags = ['webhooks'];
const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody };
const read = { access: { access: 'tenant' as const, scope: 'webhooks:read' } };
const write = { access: { access: 'tenant' as const, scope: 'webhooks:write' } };
const DEFAULT_ROTATION_GRACE_SECONDS = 24 * 3600;

export function webhookRoutes(app: ApiApp, { db, options, wakeWebhooks }: RouteDeps): void {
  const insecure = options.webhooks.allowInsecureUrls;

  app.post('/v1/webhook_endpoints', {
    config: write,
    schema: { tags, summary: 'Add a webhook endpoint (the signing secret is in this response)', body: CreateWebhookEndpoint, response: { 201: WebhookEndpointWithSecret, ...errors } },
  }, async (request, reply) => {
    const tenantId = tenantOf(request);
    assertDeliverableUrl(request.body.url, insecure);
    const secret = newWebhookSecret();
    const row = await inTenant(db, tenantId, (tx) =>
      insertEndpoint(tx, { tenantId, url: request.body.url, description: request.body.description, eventTypes: request.body.event_types, enabled: request.body.enabled, secret }),
    );
    return reply.code(201).send({ ...endpointToWire(row), secret });
  });

  app.get('/v1/webhook_endpoints', {
    config: read,
    schema: { tags, summary: 'List webhook endpoints', querystring: ListQuery, response: { 200: listOf(WebhookEndpoint), ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const after = decodeCursor(request.query.starting_after);
    const rows = await inTenant(db, tenantId, (tx) => listEndpoints(tx, tenantId, request.query.limit + 1, after));
    return page(rows, request.query.limit, endpointToWire);
  });

  app.get('/v1/webhook_endpoints/:id', {
    config: read,
    schema: { tags, summary: 'Get a webhook endpoint', params: IdParams, response: { 200: WebhookEndpoint, ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const row = await inTenant(db, tenantId, (tx) => findEndpoint(tx, tenantId, request.params.id));
    if (!row) throw notFound('webhook endpoint');
    return endpointToWire(row);
  });

  app.patch('/v1/webhook_endpoints/:id', {
    config: write,
    schema: { tags, summary: 'Update a webhook endpoint (enabled: true re-enables a disabled one)', params: IdParams, body: UpdateWebhookEndpoint, response: { 200: WebhookEndpoint, ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    if (request.body.url) assertDeliverableUrl(request.body.url, insecure);
    const { url, description, event_types: eventTypes, enabled } = request.body;
    const row = await inTenant(db, tenantId, (tx) => updateEndpoint(tx, tenantId, request.params.id, { url, description, eventTypes, enabled }));
    if (!row) throw notFound('webhook endpoint');
    return endpointToWire(row);
  });

  app.delete('/v1/webhook_endpoints/:id', {
    config: write,
    schema: { tags, summary: 'Delete a webhook endpoint and its delivery log', params: IdParams, response: { 200: Deleted, ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const { rowCount } = await inTenant(db, tenantId, (tx) => tx.query('delete from identity.tenant_webhooks where tenant_id = $1 and id = $2', [tenantId, request.params.id]));
    if (rowCount === 0) throw notFound('webhook endpoint');
    return { id: request.params.id, object: 'webhook_endpoint', deleted: true as const };
  });

  app.post('/v1/webhook_endpoints/:id/rotate_secret', {
    config: write,
    schema: { tags, summary: 'New signing secret; the old one also signs until expires_in_seconds', params: IdParams, body: RotateSecret, response: { 200: WebhookEndpointWithSecret, ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const secret = newWebhookSecret();
    const grace = request.body?.expires_in_seconds ?? DEFAULT_ROTATION_GRACE_SECONDS;
    const row = await inTenant(db, tenantId, (tx) => rotateSecret(tx, tenantId, request.params.id, secret, grace));
    if (!row) throw notFound('webhook endpoint');
    return { ...endpointToWire(row), secret };
  });

  app.post('/v1/webhook_endpoints/:id/ping', {
    config: write,
    schema: { tags, summary: 'Send a signed ping event to the endpoint now', params: IdParams, body: z.strictObject({}).nullish(), response: { 202: WebhookDelivery, ...errors, 409: ApiErrorBody } },
  }, async (request, reply) => {
    const tenantId = tenantOf(request);
    const delivery = await inTenant(db, tenantId, async (tx) => {
      const endpoint = await findEndpoint(tx, tenantId, request.params.id);
      if (!endpoint) throw notFound('webhook endpoint');
      if (!endpoint.enabled) throw new ApiError('invalid_state', 'the endpoint is disabled; enable it first', 'id');
      return (await enqueueEvent(tx, tenantId, 'ping', { webhook_endpoint_id: endpoint.id }, endpoint.id))[0]!;
    });
    wakeWebhooks();
    return reply.code(202).send(deliveryToWire(delivery));
  });

  app.get('/v1/webhook_endpoints/:id/deliveries', {
    config: read,
    schema: { tags, summary: 'The delivery log: attempts, status codes, timings', params: IdParams, querystring: ListQuery, response: { 200: listOf(WebhookDelivery), ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const after = decodeCursor(request.query.starting_after);
    const rows = await inTenant(db, tenantId, async (tx) => {
      if (!(await findEndpoint(tx, tenantId, request.params.id))) throw notFound('webhook endpoint');
      return listDeliveries(tx, tenantId, request.params.id, request.query.limit + 1, after);
    });
    return page(rows, request.query.limit, deliveryToWire);
  });

  app.post('/v1/webhook_deliveries/:id/replay', {
    config: write,
    schema: { tags, summary: 'Send a delivery again (same event id, so receivers can deduplicate)', params: IdParams, body: z.strictObject({}).nullish(), response: { 202: WebhookDelivery, ...errors } },
  }, async (request, reply) => {
    const tenantId = tenantOf(request);
    const row = await inTenant(db, tenantId, (tx) => replayDelivery(tx, tenantId, request.params.id));
    if (!row) throw notFound('webhook delivery');
    wakeWebhooks();
    return reply.code(202).send(deliveryToWire(row));
  });
}
