import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { IdParams, ListQuery, listOf } from '../../contract/common';
import { ApiErrorBody } from '../../contract/errors';
import { CreateTenant, LedgerEntry, SuspendTenant, Tenant, TopUp, UpdateTenant } from '../../contract/tenants';
import type { ApiApp, RouteDeps } from '../app-types';
import { authOf } from '../auth/authenticate';
import { notFound } from '../http/api-error';
import { appendLedger, type LedgerRow, ledgerToWire } from '../sql/ledger';
import { findTenant, insertTenant, listTenants, suspendTenant, tenantToWire, updateTenant } from '../sql/tenants';
import { decodeCursor, page } from '../support/cursor';
import { inPlatform } from '../support/scopes';

const platform = { access: { access: 'platform' as const } };
const tags = ['tenants'];
const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody };

/** Tenants are resellers; only the platform operator manages them. */
export function tenantRoutes(app: ApiApp, { db }: RouteDeps): void {
  app.post('/v1/tenants', {
    config: platform,
    schema: { tags, summary: 'Create a tenant', body: CreateTenant, response: { 201: Tenant, ...errors, 409: ApiErrorBody } },
  }, async (request, reply) => {
    const row = await inPlatform(db, (tx) => insertTenant(tx, request.body));
    return reply.code(201).send(tenantToWire(row));
  });

  app.get('/v1/tenants', {
    config: platform,
    schema: { tags, summary: 'List tenants', querystring: ListQuery, response: { 200: listOf(Tenant), ...errors } },
  }, async (request) => {
    const after = decodeCursor(request.query.starting_after);
    const rows = await inPlatform(db, (tx) => listTenants(tx, request.query.limit + 1, after));
    return page(rows, request.query.limit, tenantToWire);
  });

  app.get('/v1/tenants/:id', {
    config: platform,
    schema: { tags, summary: 'Get a tenant', params: IdParams, response: { 200: Tenant, ...errors } },
  }, async (request) => {
    const row = await inPlatform(db, (tx) => findTenant(tx, request.params.id));
    if (!row) throw notFound('tenant');
    return tenantToWire(row);
  });

  app.patch('/v1/tenants/:id', {
    config: platform,
    schema: { tags, summary: 'Update a tenant (or reactivate it with status: active)', params: IdParams, body: UpdateTenant, response: { 200: Tenant, ...errors } },
  }, async (request) => {
    const row = await inPlatform(db, (tx) => updateTenant(tx, request.params.id, request.body));
    if (!row) throw notFound('tenant');
    return tenantToWire(row);
  });

  app.post('/v1/tenants/:id/suspend', {
    config: platform,
    schema: { tags, summary: 'Suspend a tenant: its keys get 403 tenant_suspended', params: IdParams, body: SuspendTenant, response: { 200: Tenant, ...errors } },
  }, async (request) => {
    const row = await inPlatform(db, (tx) => suspendTenant(tx, request.params.id, request.body?.reason ?? null));
    if (!row) throw notFound('tenant');
    return tenantToWire(row);
  });

  app.post('/v1/tenants/:id/credits', {
    config: platform,
    schema: {
      tags,
      summary: 'Top up a tenant’s balance (a ledger entry)',
      params: IdParams,
      body: TopUp,
      response: { 201: z.object({ object: z.literal('credit'), tenant: Tenant, entry: LedgerEntry.nullable(), created: z.boolean() }), ...errors },
    },
  }, async (request, reply) => {
    const auth = authOf(request);
    const { id } = request.params;
    // Without a reference the Idempotency-Key (or a fresh id) makes the entry unique.
    const reference = request.body.reference ?? (request.headers['idempotency-key'] as string | undefined) ?? `topup_${randomUUID()}`;
    const result = await inPlatform(db, async (tx) => {
      if (!(await findTenant(tx, id))) throw notFound('tenant');
      const created = await appendLedger(tx, {
        tenantId: id, kind: 'topup', amount: request.body.amount, reference, description: request.body.description, apiKeyId: auth.keyId,
      });
      const entry = await tx.query<LedgerRow>(
        `select id, kind, amount_irt, reference, description, created_at from identity.credit_ledger where tenant_id = $1 and kind = 'topup' and reference = $2`,
        [id, reference],
      );
      return { tenant: (await findTenant(tx, id))!, entry: entry.rows[0] ?? null, created };
    });
    return reply.code(201).send({
      object: 'credit' as const,
      tenant: tenantToWire(result.tenant),
      entry: result.entry ? ledgerToWire(result.entry) : null,
      created: result.created,
    });
  });
}
