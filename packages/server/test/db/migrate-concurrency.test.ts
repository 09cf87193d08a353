import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Queryable } from '@flatrender/server/db/database';
import { MIGRATION_LOCK_KEY } from '@flatrender/server/db/migrate';
import { defaultMigrationsDir, readMigrationFiles } from '@flatrender/server/db/migration-files';
import { createTestDatabase, testBackends } from '../../../../test/support/test-database';

/**
 * Two real `flatrender migrate up` processes against one PostgreSQL database: the
 * advisory lock must make the second wait and then find nothing to do. (PGlite is one
 * process's embedded database, so the question does not arise there.)
 */
const bin = fileURLToPath(new URL('../../../cli/bin/flatrender.js', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function migrateUp(env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'migrate', 'up', '--json'], {
      cwd: repoRoot,
      env: { ...process.env, ...env, FLATRENDER_HOME: join(tmpdir(), 'fr-never-used') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const fixtureRoot = mkdtempSync(join(tmpdir(), 'fr-migrate-race-'));
afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));

/** Every file fails if it runs twice; the first one is slow to widen the window. */
function slowFixture(): string {
  const dir = mkdtempSync(join(fixtureRoot, 'dir-'));
  writeFileSync(join(dir, '01_slow.sql'), 'create table race_log (version int primary key);\nselect pg_sleep(0.5);\ninsert into race_log values (1);\n');
  writeFileSync(join(dir, '02_second.sql'), 'insert into race_log values (2);\n');
  writeFileSync(join(dir, '03_third.sql'), 'create table race_third (id int);\ninsert into race_log values (3);\n');
  return dir;
}

async function waitForLockWaiters(db: Queryable, count: number): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    const { rows } = await db.query<{ n: number }>(
      `select count(*) as n from pg_locks
        where locktype = 'advisory' and not granted
          and database = (select oid from pg_database where datname = current_database())`,
    );
    if (rows[0]!.n >= count) return;
    await sleep(100);
  }
  throw new Error(`${count} migrate processes never queued on the migration lock`);
}

describe.runIf(testBackends.includes('postgres'))('two `flatrender migrate up` processes on one PostgreSQL database', () => {
  it.each([
    ['fixture', slowFixture],
    ['repo', () => defaultMigrationsDir({})],
  ])('both exit 0 and each %s migration is applied exactly once', async (_label, makeDir) => {
    const dir = makeDir();
    const files = await readMigrationFiles(dir);
    const test = await createTestDatabase('postgres', { migrate: false });
    try {
      const env = { DATABASE_URL: test.url!, FLATRENDER_MIGRATIONS_DIR: dir };
      // Hold the runners' lock until both processes are queued on it, so they really
      // race (process start-up time alone could serialize them by accident).
      const runs = await test.db.withConnection(async (conn) => {
        await conn.query('select pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
        const started = Promise.all([migrateUp(env), migrateUp(env)]);
        await waitForLockWaiters(test.db, 2);
        await conn.query('select pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]);
        return started;
      });
      for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });

      const reports = runs.map((run) => JSON.parse(run.stdout) as { applied: { version: number }[] });
      const appliedVersions = reports.flatMap((report) => report.applied.map((m) => m.version)).sort((a, b) => a - b);
      expect(appliedVersions).toEqual(files.map((file) => file.version));
      const recorded = await test.db.query<{ version: number }>('select version from public.schema_migrations order by version');
      expect(recorded.rows.map((row) => row.version)).toEqual(files.map((file) => file.version));
    } finally {
      await test.drop();
    }
  }, 120_000);
});
