import { resolve } from 'node:path';
import type { Database } from './database';
import { createPgDatabase } from './pg-database';
import { createPgliteDatabase } from './pglite-database';

export interface DatabaseConfig {
  /** postgres://… or postgresql://… → real PostgreSQL through pg. */
  url?: string;
  /** Without a url: PGlite files here; with neither: PGlite in memory. */
  dataDir?: string;
  /** Role tenant transactions switch to (see Database.tenantTransaction). */
  tenantRole?: string;
  /** pg pool size. */
  poolSize?: number;
}

export async function openDatabase(config: DatabaseConfig = {}): Promise<Database> {
  if (config.url !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(config.url)) {
      throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got "${redact(config.url)}")`);
    }
    return createPgDatabase({ url: config.url, max: config.poolSize, tenantRole: config.tenantRole });
  }
  return createPgliteDatabase({ dataDir: config.dataDir, tenantRole: config.tenantRole });
}

/**
 * Where the database lives, from the environment: DATABASE_URL when set (production),
 * else the embedded PGlite under FLATRENDER_HOME so `flatrender server` needs no setup.
 */
export function resolveDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  return { dataDir: resolve(env.FLATRENDER_HOME || './.flatrender', 'db') };
}

/** For messages and logs: never print a password. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.url) return redact(config.url);
  return config.dataDir ? `PGlite at ${config.dataDir}` : 'PGlite in memory';
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
}
