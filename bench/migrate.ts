/**
 * `npm run bench -- migrate`: how long the runner takes to migrate an empty database,
 * against a baseline measured in the same run — the same files applied by a naive loop
 * of `db.exec(file)` with no lock, transactions, checksums or bookkeeping. The ratio
 * (baseline / runner, so 1.0 means free and 0.9 means 10 % overhead) is what compares
 * across machines; the milliseconds only describe this one.
 *
 * FLATRENDER_BENCH_RUNS sets the number of runs (default 5); PostgreSQL is measured on
 * scratch databases on FLATRENDER_BENCH_DATABASE_URL, else FLATRENDER_TEST_DATABASE_URL,
 * else DATABASE_URL, and skipped with a note when none is set.
 */
import { pathToFileURL } from 'node:url';
import type { Database } from '../packages/server/src/db/database';
import { migrateUp } from '../packages/server/src/db/migrate';
import { defaultMigrationsDir, type MigrationFile, readMigrationFiles } from '../packages/server/src/db/migration-files';
import { openDatabase } from '../packages/server/src/db/open-database';
import { createPgliteDatabase } from '../packages/server/src/db/pglite-database';
import { createScratchDatabase } from '../packages/server/src/db/scratch-database';
import type { BenchResult } from './run';

/** A fresh empty database and how to dispose of it; its creation is not timed. */
type EmptyDatabase = () => Promise<{ db: Database; dispose: () => Promise<void> }>;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function measure(backend: string, fresh: EmptyDatabase, dir: string, files: MigrationFile[], runs: number) {
  const ours: number[] = [];
  const baseline: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternate which goes first so warm-up and machine drift do not favour one side.
    const order = run % 2 ? (['baseline', 'ours'] as const) : (['ours', 'baseline'] as const);
    for (const which of order) {
      const { db, dispose } = await fresh();
      try {
        if (which === 'ours') ours.push(await timed(() => migrateUp(db, { dir })));
        else baseline.push(await timed(async () => {
          for (const file of files) await db.exec(file.sql);
        }));
      } finally {
        await dispose();
      }
    }
    process.stderr.write(`migrate: ${backend} run ${run + 1}/${runs}\n`);
  }
  const [oursMs, baselineMs] = [median(ours), median(baseline)];
  return {
    backend,
    files: files.length,
    runs,
    'runner ms (median)': Math.round(oursMs),
    'naive exec ms (median)': Math.round(baselineMs),
    'ratio (naive / runner)': Number((baselineMs / oursMs).toFixed(2)),
  };
}

export async function run(): Promise<BenchResult> {
  const runs = Number(process.env.FLATRENDER_BENCH_RUNS ?? 5);
  const dir = defaultMigrationsDir();
  const files = await readMigrationFiles(dir);
  const rows: BenchResult['rows'] = [];
  const notes: string[] = [];

  // Restoring a snapshot skips PGlite's initdb, which would otherwise dominate the run.
  const template = await createPgliteDatabase();
  const snapshot = await template.snapshot();
  await template.close();
  const pglite: EmptyDatabase = async () => {
    const db = await createPgliteDatabase({ snapshot });
    return { db, dispose: () => db.close() };
  };
  rows.push(await measure('PGlite (in memory)', pglite, dir, files, runs));

  const serverUrl =
    process.env.FLATRENDER_BENCH_DATABASE_URL ?? process.env.FLATRENDER_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (serverUrl) {
    const postgres: EmptyDatabase = async () => {
      const scratch = await createScratchDatabase(serverUrl, 'fr_bench');
      const db = await openDatabase({ url: scratch.url, poolSize: 2 });
      const dispose = async () => {
        await db.close();
        await scratch.drop();
      };
      return { db, dispose };
    };
    const version = await postgres().then(async ({ db, dispose }) => {
      const { rows: found } = await db.query<{ v: string }>("select current_setting('server_version') as v");
      await dispose();
      return found[0]!.v;
    });
    rows.push(await measure(`PostgreSQL ${version.split(' ')[0]}`, postgres, dir, files, runs));
  } else {
    notes.push('PostgreSQL skipped: set FLATRENDER_BENCH_DATABASE_URL (or FLATRENDER_TEST_DATABASE_URL) to a server that may create databases.');
  }
  notes.push(`Migrating an empty database with the ${files.length} files in migrations/; median of ${runs} runs each; ratio = naive exec loop / runner.`);
  return { name: 'migrate', rows, notes };
}

// `tsx bench/migrate.ts` runs it alone; bench/run.ts imports it and prints the table itself.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await run();
  console.table(result.rows);
  for (const note of result.notes ?? []) console.log(note);
}
