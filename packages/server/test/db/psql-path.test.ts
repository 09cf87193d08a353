import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';

/**
 * The seed's own way to install the schema: `psql -f` per file, in the README's run
 * order. The same files also go through the migration runner (one multi-statement
 * script per file inside a transaction), so they must stay plain SQL.
 */

const run = promisify(execFile);
const migrationsDir = fileURLToPath(new URL('../../../../migrations/', import.meta.url));

/** The seed README's run order, plus its "migration 32" (Remotion engine). */
const SEED_ORDER = [
  '00_setup.sql',
  '01_identity_tenants.sql',
  '02_identity_users.sql',
  '03_identity_billing.sql',
  '04_identity_gamification.sql',
  '05_content_taxonomy.sql',
  '06_content_projects.sql',
  '07_content_scenes.sql',
  '08_content_characters_presets.sql',
  '09_content_cms.sql',
  '10_studio_saved_projects.sql',
  '11_render_nodes.sql',
  '12_render_jobs.sql',
  '13_file_manager.sql',
  '14_notification.sql',
  '15_content_render_engine.sql',
];

const migrationFiles = readdirSync(migrationsDir)
  .filter((name) => name.endsWith('.sql'))
  .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));

describe('migration files', () => {
  it('start with the seed\'s files in the seed\'s run order', () => {
    expect(migrationFiles.slice(0, SEED_ORDER.length)).toEqual(SEED_ORDER);
  });

  it.each(migrationFiles)('%s is plain SQL that also runs inside one transaction', (name) => {
    const sql = readFileSync(`${migrationsDir}${name}`, 'utf8');
    // Dollar-quoted bodies may legitimately contain BEGIN (PL/pgSQL blocks); strip them.
    const topLevel = sql.replace(/\$\$[\s\S]*?\$\$/g, '$$$$').replace(/--.*$/gm, '');
    expect(topLevel, 'psql meta-command').not.toMatch(/^\s*\\/m);
    expect(topLevel, 'not allowed in a transaction').not.toMatch(/\b(CONCURRENTLY|VACUUM)\b/i);
    expect(topLevel, 'transaction control').not.toMatch(/^\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION|END)\s*;/im);
    expect(topLevel, 'extension').not.toMatch(/\bCREATE\s+EXTENSION\b/i);
  });
});

// Needs a real server and the psql client; PGlite has neither a socket nor psql. A plain
// `if` (not describe.runIf/skipIf) so PGlite-only runs do not even list it.
if (process.env.FLATRENDER_TEST_DATABASE_URL) {
  describe('psql -f in the seed\'s run order on postgres', () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase('postgres', { migrate: false });
    });
    afterAll(async () => {
      await test?.drop();
    });

    const psqlFile = (name: string) =>
      run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', test.url!, '-f', `${migrationsDir}${name}`]);

    it('applies every file with psql -v ON_ERROR_STOP=1', async () => {
      for (const name of migrationFiles) {
        await expect(psqlFile(name), name).resolves.toBeDefined();
      }
      const { rows } = await test.db.query<{ table: string }>(
        `select n.nspname || '.' || c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r', 'p') and not c.relispartition
            and n.nspname in ('identity', 'content', 'studio', 'render', 'file_mgr', 'notification')`,
      );
      const tables = rows.map((r) => r.table);
      expect(tables).toHaveLength(54);
      expect(tables).toEqual(
        expect.arrayContaining([
          'identity.tenants', 'identity.credit_ledger', 'identity.tenant_api_request_logs', 'identity.earned_gifts',
          'content.projects', 'content.project_variants', 'studio.saved_projects', 'render.render_jobs',
          'render.frame_jobs', 'render.snapshots', 'render.node_health_logs', 'file_mgr.files',
          'notification.notifications',
        ]),
      );
      const engine = await test.db.query<{ column_default: string }>(
        `select column_default from information_schema.columns
          where table_schema = 'content' and table_name = 'projects' and column_name = 'render_engine'`,
      );
      expect(engine.rows).toEqual([{ column_default: "'aftereffects'::text" }]);
    });

    it('runs 00_setup.sql again without error and without losing grants', async () => {
      await expect(psqlFile('00_setup.sql')).resolves.toBeDefined();
      await expect(psqlFile('00_setup.sql')).resolves.toBeDefined();
      const { rows } = await test.db.query<{ ok: boolean }>(
        `select has_table_privilege('file_svc', 'file_mgr.files', 'INSERT')
            and has_table_privilege('flatrender_app', 'identity.tenants', 'UPDATE')
            and not has_table_privilege('file_svc', 'render.render_jobs', 'SELECT') as ok`,
      );
      expect(rows).toEqual([{ ok: true }]);
    });

    it('stops at the first error instead of carrying on', async () => {
      // 01 again: its tables already exist, so psql must exit non-zero.
      await expect(psqlFile('01_identity_tenants.sql')).rejects.toMatchObject({ code: 3 });
    });
  });
}
