import type { FastifyRequest } from 'fastify';
import type { Database } from '../../db/database';
import { ApiError } from '../http/api-error';
import { inPlatform } from '../support/scopes';
import { hashSecret, parseKey, secretMatches } from './key-format';
import type { AuthContext, KeyRole, RouteAccess } from './context';

const TENANT_HEADER = 'flatrender-tenant';
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

interface KeyRow {
  id: string;
  prefix: string;
  secret_hash: string;
  role: KeyRole;
  mode: 'live' | 'test';
  scopes: string[];
  tenant_id: string | null;
  revoked: boolean;
  expired: boolean;
  tenant_status: string | null;
  rate_limit_per_minute: number | null;
}

// One round trip: the key, its tenant's status and its plan's rate limit, and — only when
// the secret's hash matches — last_used_at, at most once a minute (a write per request
// would turn every read into a write). The key is read on every request (no cache), so a
// revocation takes effect on the next one.
export const KEY_LOOKUP_SQL = `
  with key as (
    select k.id, k.prefix, k.secret_hash, k.role, k.mode, k.scopes, k.tenant_id,
           k.revoked_at is not null and k.revoked_at <= now() as revoked,
           k.expires_at is not null and k.expires_at <= now() as expired,
           t.status as tenant_status, p.rate_limit_per_minute
      from identity.tenant_api_keys k
      left join identity.tenants t on t.id = k.tenant_id
      left join identity.plans p on p.id = t.plan_id
     where k.prefix = $1),
  touched as (
    update identity.tenant_api_keys set last_used_at = now()
     where id = (select id from key) and secret_hash = $2
       and (last_used_at is null or last_used_at < now() - interval '1 minute'))
  select * from key`;

export interface AuthenticateOptions {
  platformRateLimitPerMinute: number;
}

export async function authenticate(db: Database, request: FastifyRequest, options: AuthenticateOptions): Promise<AuthContext> {
  const header = request.headers.authorization;
  if (!header) throw new ApiError('api_key_missing', 'send your API key as "Authorization: Bearer fr_live_…"');
  const match = /^Bearer ([^\s]+)$/.exec(header);
  const parsed = match ? parseKey(match[1]!) : null;
  if (!parsed) throw new ApiError('api_key_invalid', 'the Authorization header does not hold a FlatRender API key (Bearer fr_live_…)');

  const actingHeader = request.headers[TENANT_HEADER];
  return inPlatform(db, async (tx) => {
    const { rows } = await tx.query<KeyRow>(KEY_LOOKUP_SQL, [parsed.prefix, hashSecret(parsed.secret)]);
    const key = rows[0];
    if (!key || !secretMatches(parsed.secret, key.secret_hash)) throw new ApiError('api_key_invalid', 'this API key is not valid');
    if (key.revoked) throw new ApiError('api_key_revoked', 'this API key was revoked');
    if (key.expired) throw new ApiError('api_key_expired', 'this API key has expired');

    let tenantId = key.tenant_id;
    if (actingHeader !== undefined) {
      if (key.role !== 'platform') {
        throw new ApiError('permission_denied', `only platform keys may send ${TENANT_HEADER}`, TENANT_HEADER);
      }
      if (typeof actingHeader !== 'string' || !UUID.test(actingHeader)) {
        throw new ApiError('invalid_request', `${TENANT_HEADER} must be a tenant id (UUID)`, TENANT_HEADER);
      }
      const tenant = await tx.query('select 1 from identity.tenants where id = $1', [actingHeader]);
      if (tenant.rowCount === 0) throw new ApiError('not_found', 'no such tenant', TENANT_HEADER);
      tenantId = actingHeader.toLowerCase();
    } else if (key.tenant_status === 'suspended') {
      throw new ApiError('tenant_suspended', 'this tenant is suspended; contact the platform operator');
    }
    return {
      keyId: key.id,
      prefix: key.prefix,
      role: key.role,
      mode: key.mode,
      scopes: key.scopes,
      tenantId,
      rateLimitPerMinute: key.rate_limit_per_minute ?? options.platformRateLimitPerMinute,
    };
  });
}

/** Throws unless `auth` may call a route with `rule`. */
export function authorize(auth: AuthContext, rule: RouteAccess): void {
  const { access, scope } = rule;
  const denied = () => new ApiError('permission_denied', `a ${auth.role} key may not call this route`);
  if (access === 'platform' && auth.role !== 'platform') throw denied();
  if (access === 'agent' && auth.role === 'tenant') throw denied();
  if (access === 'tenant' || access === 'tenant_or_platform') {
    if (auth.role === 'agent') throw denied();
    if (access === 'tenant' && auth.tenantId === null) {
      throw new ApiError('tenant_required', `platform keys act for a tenant on this route: send ${TENANT_HEADER}: <tenant id>`, TENANT_HEADER);
    }
  }
  if (scope && auth.scopes.length > 0 && !auth.scopes.includes(scope)) {
    throw new ApiError('insufficient_scope', `this key lacks the scope ${scope}`);
  }
}

/** The tenant a `tenant` route acts for (authorize() has guaranteed there is one). */
export function tenantOf(request: FastifyRequest): string {
  const tenantId = request.auth?.tenantId;
  if (!tenantId) throw new ApiError('tenant_required', `send ${TENANT_HEADER}: <tenant id>`, TENANT_HEADER);
  return tenantId;
}

export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new ApiError('api_key_missing', 'this route needs an API key');
  return request.auth;
}
