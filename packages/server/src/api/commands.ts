import { describeDatabase, openDatabase, resolveDatabaseConfig } from '../db/open-database';
import { migrationStatus } from '../db/migration-status';
import { defaultMigrationsDir } from '../db/migration-files';
import { SCOPES } from '../contract/api-keys';
import type { KeyRole } from './auth/context';
import { insertApiKey } from './sql/api-keys';
import { inPlatform, inTenant } from './support/scopes';

export interface CreateKeyCommandOptions {
  role: KeyRole;
  /** Required for tenant and agent keys. */
  tenantId?: string;
  name?: string;
  scopes?: string[];
  mode?: 'live' | 'test';
  expiresAt?: Date;
  env?: NodeJS.ProcessEnv;
}

/**
 * `flatrender keys create`: for the operator on the server's own machine (no API key
 * needed — database access is the credential). Returns the full key once.
 */
export async function createApiKeyCommand(options: CreateKeyCommandOptions) {
  const env = options.env ?? process.env;
  const config = resolveDatabaseConfig(env);
  const db = await openDatabase(config);
  try {
    const pending = (await migrationStatus(db, { dir: defaultMigrationsDir(env) })).filter((row) => row.state !== 'applied');
    if (pending.length > 0) throw new Error(`${describeDatabase(config)} is not fully migrated; run \`flatrender migrate up\` first`);
    const unknown = (options.scopes ?? []).filter((scope) => !(SCOPES as readonly string[]).includes(scope));
    if (unknown.length > 0) throw new Error(`unknown scope(s) ${unknown.join(', ')}; known: ${SCOPES.join(', ')}`);
    if (options.role !== 'platform' && !options.tenantId) throw new Error(`a ${options.role} key belongs to a tenant: pass --tenant <id>`);
    const input = { ...options, tenantId: options.role === 'platform' ? null : options.tenantId! };
    const created = await (input.tenantId
      ? inTenant(db, input.tenantId, async (tx) => {
          const found = await tx.query('select 1 from identity.tenants where id = $1', [input.tenantId]);
          if (found.rowCount === 0) throw new Error(`no tenant ${input.tenantId}`);
          return insertApiKey(tx, input);
        })
      : inPlatform(db, (tx) => insertApiKey(tx, input)));
    return {
      database: describeDatabase(config),
      id: created.id,
      key: created.key,
      prefix: created.prefix,
      role: created.role,
      tenant_id: created.tenant_id,
      expires_at: created.expires_at?.toISOString() ?? null,
    };
  } finally {
    await db.close();
  }
}
