import { z } from 'zod';
import { readApplied } from '../../db/migrate';
import { defaultMigrationsDir, readMigrationFiles } from '../../db/migration-files';
import type { ApiApp, RouteDeps } from '../app-types';
import { ApiError } from '../http/api-error';

const Health = z.object({ status: z.literal('ok') });
const Ready = z.object({ status: z.literal('ready'), database: z.string(), migrations: z.number().int() });

/**
 * /healthz: the process answers (a liveness probe; never touches the database, so a
 * database outage does not get every instance restarted). /readyz: the database answers
 * and has every migration this build ships — a load balancer sends traffic only then.
 */
export function healthRoutes(app: ApiApp, { db, options }: RouteDeps): void {
  const expected = readMigrationFiles(options.migrationsDir ?? defaultMigrationsDir()).then((files) => files.map((f) => f.version));
  expected.catch(() => undefined);
  let draining = false;
  app.addHook('preClose', async () => {
    draining = true;
  });

  const hidden = { hide: true } as const;
  app.get('/healthz', { schema: { ...hidden, response: { 200: Health } }, config: { access: { access: 'public' } } }, async () => ({ status: 'ok' as const }));

  app.get('/readyz', { schema: { ...hidden, response: { 200: Ready } }, config: { access: { access: 'public' } } }, async () => {
    if (draining) throw new ApiError('service_unavailable', 'shutting down');
    let applied: Map<number, unknown>;
    try {
      applied = await readApplied(db);
    } catch (err) {
      app.log.warn({ err }, 'readiness: database unreachable');
      throw new ApiError('service_unavailable', 'the database is not reachable');
    }
    const versions = await expected.catch(() => [] as number[]);
    const missing = versions.filter((version) => !applied.has(version));
    if (missing.length > 0) throw new ApiError('service_unavailable', `the database is missing migrations ${missing.join(', ')}`);
    return { status: 'ready' as const, database: db.kind, migrations: applied.size };
  });
}
