import { z } from 'zod';
import { ListQuery, listOf } from '../../contract/common';
import { ApiErrorBody } from '../../contract/errors';
import { Balance, Plan, Quote, RenderSpec, UsageDay, UsageQuery } from '../../contract/money';
import { LedgerEntry } from '../../contract/tenants';
import type { ApiApp, RouteDeps } from '../app-types';
import { tenantOf } from '../auth/authenticate';
import { resolveRender } from '../renders/resolve-render';
import { balanceOf, ledgerToWire, listLedger } from '../sql/ledger';
import { listPlans, planToWire } from '../sql/plans';
import { decodeCursor, page } from '../support/cursor';
import { inPlatform, inTenant } from '../support/scopes';
import { irt } from '../support/wire';

const tags = ['billing'];
const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody };

export function moneyRoutes(app: ApiApp, { db }: RouteDeps): void {
  const billing = { access: { access: 'tenant' as const, scope: 'billing:read' } };

  app.get('/v1/plans', {
    config: { access: { access: 'tenant_or_platform' } },
    schema: { tags, summary: 'The price plans (seconds-based, per quality tier, Toman)', querystring: z.strictObject({}), response: { 200: listOf(Plan), ...errors } },
  }, async () => {
    const plans = await inPlatform(db, listPlans);
    return { object: 'list' as const, data: plans.map(planToWire), has_more: false, next_cursor: null };
  });

  app.get('/v1/balance', {
    config: billing,
    schema: { tags, summary: 'Your prepaid balance', response: { 200: Balance, ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    return inTenant(db, tenantId, async (tx) => {
      const plan = await tx.query<{ code: string | null }>('select p.code from identity.tenants t left join identity.plans p on p.id = t.plan_id where t.id = $1', [tenantId]);
      return { object: 'balance' as const, available: irt(await balanceOf(tx, tenantId)), plan: plan.rows[0]?.code ?? null };
    });
  });

  app.get('/v1/ledger', {
    config: billing,
    schema: { tags, summary: 'Every movement of your balance, newest first', querystring: ListQuery, response: { 200: listOf(LedgerEntry), ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const after = decodeCursor(request.query.starting_after);
    const rows = await inTenant(db, tenantId, (tx) => listLedger(tx, tenantId, request.query.limit + 1, after));
    return page(rows, request.query.limit, ledgerToWire);
  });

  app.post('/v1/renders/quote', {
    config: { access: { access: 'tenant', scope: 'renders:read' } },
    schema: {
      tags,
      summary: 'Price a render before running it (seconds × tier rate, line by line)',
      body: RenderSpec,
      response: { 200: Quote, ...errors, 422: ApiErrorBody },
    },
  }, async (request) => {
    const tenantId = tenantOf(request);
    return (await inTenant(db, tenantId, (tx) => resolveRender(tx, tenantId, request.body))).quote;
  });

  app.get('/v1/usage', {
    config: { access: { access: 'tenant', scope: 'usage:read' } },
    schema: { tags: ['usage'], summary: 'Daily usage (UTC days): renders, seconds, cost, API requests', querystring: UsageQuery, response: { 200: listOf(UsageDay), ...errors } },
  }, async (request) => {
    const tenantId = tenantOf(request);
    const { rows } = await inTenant(db, tenantId, (tx) =>
      tx.query<{ day: string; renders: number; cache_hits: number; render_seconds: string; cost_irt: number; api_requests: number }>(
        `select day, renders, cache_hits, render_seconds, cost_irt, api_requests from identity.tenant_usage_daily
          where tenant_id = $1 and ($2::date is null or day >= $2) and ($3::date is null or day <= $3)
          order by day desc limit 366`,
        [tenantId, request.query.from ?? null, request.query.to ?? null],
      ),
    );
    const data = rows.map((row) => ({
      object: 'usage_day' as const, day: row.day, renders: row.renders, cache_hits: row.cache_hits,
      render_seconds: Number(row.render_seconds), cost: irt(row.cost_irt), api_requests: Number(row.api_requests),
    }));
    return { object: 'list' as const, data, has_more: false, next_cursor: null };
  });
}
