import { templateManifest } from '@flatrender/templates';
import type { FastifyInstance } from 'fastify';
import { seedTemplateCatalog } from '../catalog/seed-catalog';
import type { Database } from '../db/database';
import { migrateUp } from '../db/migrate';
import { defaultMigrationsDir } from '../db/migration-files';
import { describeDatabase, openDatabase, resolveDatabaseConfig } from '../db/open-database';
import { bootstrapPlatformKey } from './auth/bootstrap';
import { buildServer } from './build-server';
import type { ServerOptions } from './options';
import { serverOptionsFromEnv } from './server-env';
import { installGracefulShutdown } from './shutdown';

export interface StartServerOptions {
  port?: number;
  host?: string;
  env?: NodeJS.ProcessEnv;
  /** Called once when a first platform key was created; print it, never log it. */
  onPlatformKey?: (key: string) => void;
  /** Override anything serverOptionsFromEnv() decided. */
  server?: Partial<ServerOptions>;
  /** Install SIGTERM/SIGINT handlers that drain and exit (default true). */
  handleSignals?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  url: string;
  database: string;
  close(): Promise<void>;
}

/**
 * `flatrender server`: opens the database (DATABASE_URL, else PGlite under
 * FLATRENDER_HOME), applies migrations (the runner's advisory lock makes concurrent
 * starts safe), seeds the template catalogue, creates the first platform key when there
 * is none, and listens. Stateless otherwise: run as many instances as you like.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const config = resolveDatabaseConfig(env);
  if (env.FLATRENDER_DB_POOL_SIZE) config.poolSize = Number(env.FLATRENDER_DB_POOL_SIZE);
  const db = await openDatabase(config);
  try {
    const migrationsDir = defaultMigrationsDir(env);
    await migrateUp(db, { dir: migrationsDir });
    await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(7140613224)'); // one seeding instance at a time
      await seedTemplateCatalog(tx, templateManifest());
    });
    const bootstrap = await bootstrapPlatformKey(db);
    if (bootstrap) options.onPlatformKey?.(bootstrap.key);

    const app = await buildServer({ ...serverOptionsFromEnv(env), migrationsDir, ...options.server, db });
    const port = options.port ?? Number(env.FLATRENDER_PORT ?? 8080);
    const host = options.host ?? env.FLATRENDER_HOST ?? '127.0.0.1';
    const url = await app.listen({ port, host });
    const close = async () => {
      await app.close();
      await db.close();
    };
    if (options.handleSignals !== false) installGracefulShutdown(app, { onClosed: () => db.close() });
    return { app, db, url, database: describeDatabase(config), close };
  } catch (err) {
    await db.close();
    throw err;
  }
}
