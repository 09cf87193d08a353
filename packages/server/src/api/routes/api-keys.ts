import { ApiKey, ApiKeyWithSecret, CreateApiKey, RollApiKey } from '../../contract/api-keys';
import { IdParams, ListQuery, listOf } from '../../contract/common';
import { ApiErrorBody } from '../../contract/errors';
import type { ApiApp, RouteDeps } from '../app-types';
import { authOf } from '../auth/authenticate';
import type { AuthContext } from '../auth/context';
import { ApiError, notFound } from '../http/api-error';
import { type ApiKeyRow, findApiKey, insertApiKey, listApiKeys, revokeApiKey } from '../sql/api-keys';
import { decodeCursor, page } from '../support/cursor';
import { inPlatform, inTenant } from '../support/scopes';
import { iso, isoNow } from '../support/wire';

const tags = ['api keys'];
const errors = { 400: ApiErrorBody, 401: ApiErrorBody, 403: ApiErrorBody, 404: ApiErrorBody };

function keyToWire(row: ApiKeyRow) {
  return {
    id: row.id,
    object: 'api_key' as const,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    mode: row.mode,
    tenant_id: row.tenant_id,
    scopes: row.scopes,
    created_at: isoNow(row.created_at),
    expires_at: iso(row.expires_at),
    revoked_at: iso(row.revoked_at),
    last_used_at: iso(row.last_used_at),
    replaced_by: row.replaced_by_key_id,
  };
}

/**
 * Keys of the tenant the caller acts for; a platform key without flatrender-tenant manages
 * the platform keys. Tenant keys live under the tenant's RLS scope, platform keys (no
 * tenant) under the platform scope.
 */
function keyScope<T>({ db }: RouteDeps, auth: AuthContext, work: Parameters<typeof inPlatform<T>>[1]): Promise<T> {
  return auth.tenantId ? inTenant(db, auth.tenantId, work) : inPlatform(db, work);
}

export function apiKeyRoutes(app: ApiApp, deps: RouteDeps): void {
  const read = { access: { access: 'tenant_or_platform' as const, scope: 'keys:read' } };
  const write = { access: { access: 'tenant_or_platform' as const, scope: 'keys:write' } };

  app.post('/v1/api_keys', {
    config: write,
    schema: { tags, summary: 'Create an API key (the full key is in this response only)', body: CreateApiKey, response: { 201: ApiKeyWithSecret, ...errors } },
  }, async (request, reply) => {
    const auth = authOf(request);
    const role = request.body.role ?? (auth.tenantId ? 'tenant' : 'platform');
    if (role !== 'tenant' && auth.role !== 'platform') throw new ApiError('permission_denied', `only platform keys may create ${role} keys`, 'role');
    if (role === 'platform' && auth.tenantId) throw new ApiError('invalid_request', 'platform keys belong to no tenant: omit flatrender-tenant', 'role');
    if (role !== 'platform' && !auth.tenantId) throw new ApiError('tenant_required', `a ${role} key belongs to a tenant: send flatrender-tenant`, 'flatrender-tenant');
    const expiresAt = request.body.expires_at ? new Date(request.body.expires_at) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw new ApiError('invalid_request', 'expires_at must be in the future', 'expires_at');
    const created = await keyScope(deps, auth, (tx) =>
      insertApiKey(tx, {
        tenantId: auth.tenantId, role, mode: request.body.mode ?? auth.mode, name: request.body.name,
        scopes: request.body.scopes, expiresAt, createdByKeyId: auth.keyId,
      }),
    );
    return reply.code(201).send({ ...keyToWire(created), key: created.key });
  });

  app.get('/v1/api_keys', {
    config: read,
    schema: { tags, summary: 'List API keys (never their secrets)', querystring: ListQuery, response: { 200: listOf(ApiKey), ...errors } },
  }, async (request) => {
    const auth = authOf(request);
    const after = decodeCursor(request.query.starting_after);
    const rows = await keyScope(deps, auth, (tx) => listApiKeys(tx, auth.tenantId, request.query.limit + 1, after));
    return page(rows, request.query.limit, keyToWire);
  });

  app.delete('/v1/api_keys/:id', {
    config: write,
    schema: { tags, summary: 'Revoke an API key (effective on its next request)', params: IdParams, response: { 200: ApiKey, ...errors } },
  }, async (request) => {
    const auth = authOf(request);
    const row = await keyScope(deps, auth, async (tx) => {
      if (!(await findApiKey(tx, auth.tenantId, request.params.id))) throw notFound('api key');
      return revokeApiKey(tx, request.params.id);
    });
    return keyToWire(row);
  });

  app.post('/v1/api_keys/:id/roll', {
    config: write,
    schema: {
      tags,
      summary: 'Replace a key with a new secret; the old one is revoked now or after expires_in_seconds',
      params: IdParams,
      body: RollApiKey,
      response: { 201: ApiKeyWithSecret, ...errors, 409: ApiErrorBody },
    },
  }, async (request, reply) => {
    const auth = authOf(request);
    const grace = request.body?.expires_in_seconds ?? 0;
    const created = await keyScope(deps, auth, async (tx) => {
      const old = await findApiKey(tx, auth.tenantId, request.params.id);
      if (!old) throw notFound('api key');
      if (old.revoked_at) throw new ApiError('invalid_state', 'this key is already revoked', 'id');
      if (old.expires_at && old.expires_at.getTime() <= Date.now()) throw new ApiError('invalid_state', 'this key has expired; create a new one', 'id');
      const fresh = await insertApiKey(tx, {
        tenantId: old.tenant_id, role: old.role, mode: old.mode, name: old.name, scopes: old.scopes,
        expiresAt: old.expires_at, createdByKeyId: auth.keyId,
      });
      await revokeApiKey(tx, old.id, grace > 0 ? new Date(Date.now() + grace * 1000) : 'now', fresh.id);
      return fresh;
    });
    return reply.code(201).send({ ...keyToWire(created), key: created.key });
  });
}
