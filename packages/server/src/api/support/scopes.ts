import type { Database, Queryable } from '../../db/database';

/** The role every API transaction runs as: no BYPASSRLS, so the 17_api_rls policies apply. */
export const APP_ROLE = 'flatrender_app';

/** The platform operator's own tenant (01_identity_tenants). */
export const PLATFORM_TENANT = '00000000-0000-0000-0000-000000000001';

/**
 * Work for one tenant: app.tenant_id is set and the role switched inside the transaction,
 * so even a query that forgets `WHERE tenant_id = …` sees only this tenant's rows — on
 * PGlite too, whose default user would otherwise bypass RLS.
 */
export function inTenant<T>(db: Database, tenantId: string, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query("select set_config('app.tenant_id', $1, true), set_config('role', $2, true)", [tenantId, APP_ROLE]);
    return work(tx);
  });
}

/**
 * Cross-tenant work the operator or the server itself does (key lookup, tenant admin,
 * the webhook dispatcher): still as the app role, with the policies' platform scope.
 */
export function inPlatform<T>(db: Database, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query("select set_config('app.scope', 'platform', true), set_config('role', $1, true)", [APP_ROLE]);
    return work(tx);
  });
}
