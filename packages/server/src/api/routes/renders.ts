import { z } from 'zod';
import { IdParams, listOf } from '../../contract/common';
import { ApiErrorBody } from '../../contract/errors';
import { Quote } from '../../contract/money';
import { CreateRender, EventsQuery, ListRendersQuery, Render, RenderEvent } from '../../contract/renders';
import type { ApiApp, RouteDeps } from '../app-types';
import { authOf, tenantOf } from '../auth/authenticate';
import { ApiError, notFound } from '../http/api-error';
import { resolveRender } from '../renders/resolve-render';
import { appendLedger } from '../sql/ledger';
import { enqueueEvent } from '../sql/webhooks';
import { cancelRender, findRender, insertRender, listEvents, listRenders, renderToWire } from '../sql/renders';
import { decodeCursor, page } from '../support/cursor';
import { inTenant } from '../support/scopes';
import { isoNow } from '../support/wire';

const tags = ['renders'];
const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody };
const read = { access: { access: 'tenant' as const, scope: 'renders:read' } };
const write = { access: { access: 'tenant' as const, scope: 'renders:write' } };

export function renderRoutes(app: ApiApp, { db, wakeWebhooks }: RouteDeps): void {
  app.post('/v1/renders', {
    config: write,
    schema: {
      tags,
      summary: 'Create a render (priced and debited now; dry_run validates and prices only)',
      body: CreateRender,
      response: { 201: Render, 200: Quote.extend({ dry_run: z.literal(true) }), ...errors, 402: ApiErrorBody, 409: ApiErrorBody, 422: ApiErrorBody },
    },
  }, async (request, reply) => {
    const auth = authOf(request);
    const tenantId = tenantOf(request);
    const { dry_run: dryRun, ...spec } = request.body;
    const result = await inTenant(db, tenantId, async (tx) => {
      const resolved = await resolveRender(tx, tenantId, spec);
      // A dry run answers "would this work and what would it cost", including "not enough balance".
      if (dryRun) return { dryRun: true as const, quote: resolved.quote };
      if (resolved.balance < resolved.cost) {
        throw new ApiError('insufficient_balance', `this render costs ${resolved.cost} IRT and your balance is ${resolved.balance} IRT`, null);
      }
      const row = await insertRender(tx, {
        tenantId, apiKeyId: auth.keyId, projectId: resolved.template.id, templateKey: resolved.template.template_key,
        templateVersion: resolved.template.version, engine: resolved.template.render_engine, compositionId: resolved.compositionId,
        aspect: spec.aspect, quality: spec.quality, width: resolved.width, height: resolved.height, bindings: spec.bindings,
        audio: spec.audio ?? {}, frames: resolved.frames, fps: resolved.fps, durationSeconds: resolved.durationMs / 1000,
        cost: resolved.cost, priority: resolved.plan.queue_priority, cacheKey: resolved.cacheKey,
        metadata: { pricing: { included_ms: resolved.includedMsUsed, lines: resolved.quote.lines } },
      });
      // Same transaction as the render: a render is never queued without its debit, nor debited without existing.
      if (resolved.cost > 0) {
        await appendLedger(tx, {
          tenantId, kind: 'render_debit', amount: -resolved.cost, reference: row.id, apiKeyId: auth.keyId,
          description: `render ${row.id} (${spec.template} ${spec.aspect} ${spec.quality})`,
        });
      }
      await enqueueEvent(tx, tenantId, 'render.queued', { render: renderToWire(row) });
      return { dryRun: false as const, row };
    });
    if (result.dryRun) return reply.code(200).send({ ...result.quote, dry_run: true as const });
    wakeWebhooks();
    return reply.code(201).send(renderToWire(result.row));
  });

  app.get('/v1/renders', {
    config: read,
    schema: { tags, summary: 'List renders, newest first (filter by status, template, created range)', querystring: ListRendersQuery, response: { 200: listOf(Render), ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const q = request.query;
    const after = decodeCursor(q.starting_after);
    const rows = await inTenant(db, tenantId, (tx) =>
      listRenders(tx, tenantId, q.limit + 1, after, { status: q.status, template: q.template, createdGte: q.created_gte, createdLt: q.created_lt }),
    );
    return page(rows, q.limit, renderToWire);
  });

  app.get('/v1/renders/:id', {
    config: read,
    schema: { tags, summary: 'Get a render', params: IdParams, response: { 200: Render, ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const row = await inTenant(db, tenantId, (tx) => findRender(tx, tenantId, request.params.id));
    if (!row) throw notFound('render');
    return renderToWire(row);
  });

  app.post('/v1/renders/:id/cancel', {
    config: write,
    schema: { tags, summary: 'Cancel a render that has not finished; its cost is refunded', params: IdParams, body: z.strictObject({}).nullish(), response: { 200: Render, ...errors, 409: ApiErrorBody } },
  }, async (request) => {
    const auth = authOf(request);
    const tenantId = tenantOf(request);
    const row = await inTenant(db, tenantId, async (tx) => {
      const current = await findRender(tx, tenantId, request.params.id, true);
      if (!current) throw notFound('render');
      if (['completed', 'failed', 'canceled'].includes(current.status)) {
        throw new ApiError('invalid_state', `the render is already ${current.status}`, 'id');
      }
      const canceled = await cancelRender(tx, tenantId, current.id);
      if (current.cost_irt > 0) {
        await appendLedger(tx, { tenantId, kind: 'render_refund', amount: current.cost_irt, reference: current.id, apiKeyId: auth.keyId, description: `render ${current.id} canceled` });
      }
      await enqueueEvent(tx, tenantId, 'render.canceled', { render: renderToWire(canceled) });
      return canceled;
    });
    wakeWebhooks();
    return renderToWire(row);
  });

  app.get('/v1/renders/:id/events', {
    config: read,
    schema: { tags, summary: 'The render’s history (status changes, progress), oldest first', params: IdParams, querystring: EventsQuery, response: { 200: listOf(RenderEvent), ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const { limit, starting_after } = request.query;
    const rows = await inTenant(db, tenantId, async (tx) => {
      if (!(await findRender(tx, tenantId, request.params.id))) throw notFound('render');
      return listEvents(tx, tenantId, request.params.id, limit + 1, starting_after ? Number(starting_after) : null);
    });
    const shown = rows.slice(0, limit);
    return {
      object: 'list' as const,
      data: shown.map((e) => ({
        id: String(e.id), object: 'render_event' as const, type: e.type, from_status: e.from_status, to_status: e.to_status,
        progress: e.progress === null ? null : Number(e.progress), message: e.message, created_at: isoNow(e.created_at),
      })),
      has_more: rows.length > limit,
      next_cursor: rows.length > limit ? String(shown.at(-1)!.id) : null,
    };
  });
}
