/**
 * `npm run bench -- api`: the API's throughput and p99 for GET /v1/renders/:id and
 * POST /v1/renders (dry_run), each against a baseline measured in the same run — a bare
 * Fastify route (no zod, hooks, rate limit, idempotency, request log or error mapping)
 * that runs the same SQL through the same functions: the key lookup, then the tenant
 * transaction. ratio = ours / bare req/s (goal ≥ 0.8): what our layers cost.
 *
 * FLATRENDER_BENCH_SECONDS per case (default 5), FLATRENDER_BENCH_CONNECTIONS (default 10).
 * PostgreSQL runs on a scratch database on FLATRENDER_BENCH_DATABASE_URL, else
 * FLATRENDER_TEST_DATABASE_URL, else DATABASE_URL; skipped with a note when none is set.
 */
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import { templateManifest } from '@flatrender/templates';
import { buildServer } from '../packages/server/src/api/build-server';
import { resolveRender } from '../packages/server/src/api/renders/resolve-render';
import { insertApiKey } from '../packages/server/src/api/sql/api-keys';
import { findRender, renderToWire } from '../packages/server/src/api/sql/renders';
import { inPlatform, inTenant } from '../packages/server/src/api/support/scopes';
import { KEY_LOOKUP_SQL } from '../packages/server/src/api/auth/authenticate';
import { hashSecret, parseKey, secretMatches } from '../packages/server/src/api/auth/key-format';
import { seedTemplateCatalog } from '../packages/server/src/catalog/seed-catalog';
import type { Database } from '../packages/server/src/db/database';
import { migrateUp } from '../packages/server/src/db/migrate';
import { defaultMigrationsDir } from '../packages/server/src/db/migration-files';
import { openDatabase } from '../packages/server/src/db/open-database';
import { createPgliteDatabase } from '../packages/server/src/db/pglite-database';
import { createScratchDatabase } from '../packages/server/src/db/scratch-database';
import type { BenchResult } from './run';

const seconds = Number(process.env.FLATRENDER_BENCH_SECONDS ?? 5);
const connections = Number(process.env.FLATRENDER_BENCH_CONNECTIONS ?? 10);
const dryRunBody = JSON.stringify({ template: 'LogoMotion', aspect: '16:9', quality: '720p', bindings: { primary: '#0a7e8c' }, dry_run: true });

/** The same SQL our onRequest auth runs, without the framework around it. */
async function bareAuth(db: Database, header: string | undefined): Promise<string | null> {
  const parsed = parseKey(header?.replace(/^Bearer /, '') ?? '');
  if (!parsed) return null;
  return inPlatform(db, async (tx) => {
    const { rows } = await tx.query<{ secret_hash: string; tenant_id: string }>(KEY_LOOKUP_SQL, [parsed.prefix, hashSecret(parsed.secret)]);
    const key = rows[0];
    return key && secretMatches(parsed.secret, key.secret_hash) ? key.tenant_id : null;
  });
}

function bareServer(db: Database): FastifyInstance {
  const app = Fastify();
  app.get<{ Params: { id: string } }>('/v1/renders/:id', async (request, reply) => {
    const tenantId = await bareAuth(db, request.headers.authorization);
    if (!tenantId) return reply.code(401).send({});
    const row = await inTenant(db, tenantId, (tx) => findRender(tx, tenantId, request.params.id));
    return row ? renderToWire(row) : reply.code(404).send({});
  });
  app.post<{ Body: { template: string; aspect: '16:9'; quality: '720p'; bindings: Record<string, unknown> } }>('/v1/renders', async (request, reply) => {
    const tenantId = await bareAuth(db, request.headers.authorization);
    if (!tenantId) return reply.code(401).send({});
    return (await inTenant(db, tenantId, (tx) => resolveRender(tx, tenantId, request.body))).quote;
  });
  return app;
}

async function fixture(db: Database) {
  await migrateUp(db, { dir: defaultMigrationsDir() });
  await db.transaction((tx) => seedTemplateCatalog(tx, templateManifest()));
  return inPlatform(db, async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `insert into identity.tenants (slug, name, plan_id) select 'bench-' || floor(random() * 1e9)::text, 'Bench', id from identity.plans where code = 'business' returning id`,
    );
    const tenantId = rows[0]!.id;
    await tx.query(`insert into identity.credit_ledger (tenant_id, kind, amount_irt, reference) values ($1, 'topup', 1000000000, 'bench')`, [tenantId]);
    const key = await insertApiKey(tx, { tenantId, role: 'tenant', name: 'bench' });
    const render = await tx.query<{ id: string }>(
      `insert into render.render_jobs (tenant_id, template_key, template_version, engine, aspect, quality, frames, fps, duration_seconds, cache_key)
       values ($1, 'LogoMotion', 1, 'remotion', '16:9', '720p', 180, 30, 6, repeat('a', 64)) returning id`,
      [tenantId],
    );
    return { key: key.key, renderId: render.rows[0]!.id };
  });
}

async function load(url: string, key: string, method: 'GET' | 'POST', duration = seconds) {
  const result = await autocannon({
    url, method, connections, duration,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: method === 'POST' ? dryRunBody : undefined,
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${method} ${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result;
}

/** Both warmed up, then measured twice in alternating order so drift on a shared machine favours neither. */
async function compare(oursUrl: string, bareUrl: string, key: string, method: 'GET' | 'POST') {
  await load(oursUrl, key, method, 1);
  await load(bareUrl, key, method, 1);
  const runs = { ours: [] as Awaited<ReturnType<typeof load>>[], bare: [] as Awaited<ReturnType<typeof load>>[] };
  for (const which of ['ours', 'bare', 'bare', 'ours'] as const) runs[which].push(await load(which === 'ours' ? oursUrl : bareUrl, key, method));
  const mean = (list: Awaited<ReturnType<typeof load>>[], pick: (r: Awaited<ReturnType<typeof load>>) => number) => list.reduce((sum, r) => sum + pick(r), 0) / list.length;
  return {
    ours: { rps: mean(runs.ours, (r) => r.requests.average), p99: mean(runs.ours, (r) => r.latency.p99) },
    bare: { rps: mean(runs.bare, (r) => r.requests.average), p99: mean(runs.bare, (r) => r.latency.p99) },
  };
}

async function measure(backend: string, db: Database): Promise<BenchResult['rows']> {
  const { key, renderId } = await fixture(db);
  // Platform limits would throttle the load generator, not measure the server: lift them.
  const ours = await buildServer({ db, logLevel: 'silent', requestLog: true, webhooks: { dispatch: false } });
  await db.query(`update identity.plans set rate_limit_per_minute = 100000000`);
  const bare = bareServer(db);
  const oursUrl = await ours.listen({ host: '127.0.0.1', port: 0 });
  const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
  const rows: BenchResult['rows'] = [];
  try {
    for (const [label, method, path] of [['GET /v1/renders/:id', 'GET', `/v1/renders/${renderId}`], ['POST /v1/renders (dry_run)', 'POST', '/v1/renders']] as const) {
      const { ours: o, bare: b } = await compare(`${oursUrl}${path}`, `${bareUrl}${path}`, key, method);
      rows.push({
        backend, request: label,
        'ours req/s': Math.round(o.rps), 'ours p99 ms': Math.round(o.p99),
        'bare req/s': Math.round(b.rps), 'bare p99 ms': Math.round(b.p99),
        'ratio (ours / bare)': Number((o.rps / b.rps).toFixed(2)),
      });
      process.stderr.write(`api: ${backend} ${label} done\n`);
    }
  } finally {
    await ours.close();
    await bare.close();
  }
  return rows;
}

export async function run(): Promise<BenchResult> {
  const rows: BenchResult['rows'] = [];
  const notes: string[] = [];
  const pglite = await createPgliteDatabase();
  try {
    rows.push(...(await measure('PGlite (in memory)', pglite)));
  } finally {
    await pglite.close();
  }
  const serverUrl = process.env.FLATRENDER_BENCH_DATABASE_URL ?? process.env.FLATRENDER_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (serverUrl) {
    const scratch = await createScratchDatabase(serverUrl, 'fr_bench');
    const db = await openDatabase({ url: scratch.url, poolSize: 10 });
    try {
      const version = (await db.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v.split(' ')[0];
      rows.push(...(await measure(`PostgreSQL ${version}`, db)));
    } finally {
      await db.close();
      await scratch.drop();
    }
  } else {
    notes.push('PostgreSQL skipped: set FLATRENDER_BENCH_DATABASE_URL (or FLATRENDER_TEST_DATABASE_URL) to a server that may create databases.');
  }
  notes.push(`autocannon in the same process as both servers, ${connections} connections; each side warmed up 1 s, then measured 2 × ${seconds} s in alternating order (means shown); ratio = ours / bare req/s (goal ≥ 0.8).`);
  return { name: 'api', rows, notes };
}
