/** Who is calling, resolved once per request by authenticate(). */
export type KeyRole = 'platform' | 'tenant' | 'agent';

export interface AuthContext {
  keyId: string;
  /** fr_<mode>_<id>: safe to log and to show. */
  prefix: string;
  role: KeyRole;
  mode: 'live' | 'test';
  scopes: string[];
  /** The tenant the request acts for: the key's own, or a platform key's flatrender-tenant header; null for a platform key without it. */
  tenantId: string | null;
  /** Requests per minute this key may make (its tenant's plan; platform keys: server option). */
  rateLimitPerMinute: number;
}

/**
 * Who may call a route:
 * - `public`: no key (health, docs, OpenAPI);
 * - `platform`: platform keys only;
 * - `tenant`: a tenant's key, or a platform key acting through flatrender-tenant;
 * - `tenant_or_platform`: like tenant, but a platform key may also call it without a tenant;
 * - `agent`: render-node keys (and platform keys).
 */
export type AccessRule = 'public' | 'platform' | 'tenant' | 'tenant_or_platform' | 'agent';

export interface RouteAccess {
  access: AccessRule;
  /** Required scope when the key is scoped (empty scopes = everything the role allows). */
  scope?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
