import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrateUp } from '@flatrender/server/db/migrate';
import { MigrationChecksumError, MigrationMissingError } from '@flatrender/server/db/migration-errors';
import { defaultMigrationsDir, readMigrationFiles } from '@flatrender/server/db/migration-files';
import { migrationStatus } from '@flatrender/server/db/migration-status';
import { openDatabase } from '@flatrender/server/db/open-database';
import { createTestDatabase, type TestDatabase, testBackends } from '../../../../test/support/test-database';

const fixtureRoot = mkdtempSync(join(tmpdir(), 'fr-migrations-'));
afterAll(() => rmSync(fixtureRoot, { recursive: true, force: true }));

/** A fresh fixture migrations dir; names are chosen to prove numeric (not text) order. */
function fixtureDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(fixtureRoot, 'dir-'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

const baseFixture = {
  '1_create_notes.sql': 'create schema app;\ncreate table app.notes (id serial primary key, body text not null);\n',
  '2_seed_notes.sql': "insert into app.notes (body) values ('first');\ninsert into app.notes (body) values ('second');\n",
  '10_add_column.sql': 'alter table app.notes add column tags text[] not null default \'{}\';\n',
  'README.md': 'not a migration',
};

describe.each(testBackends)('migrations on %s', (kind) => {
  let test: TestDatabase;
  // One database per backend, emptied between tests: a new PGlite costs seconds.
  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrate: false });
  });
  afterAll(() => test?.drop());
  afterEach(() => test.db.exec('drop schema if exists app cascade; drop table if exists public.schema_migrations, public.runs'));

  it('applies every file in numeric order from an empty database, recording each', async () => {
    const dir = fixtureDir(baseFixture);
    const seen: string[] = [];
    const result = await migrateUp(test.db, { dir, onApplied: (m) => seen.push(m.name) });
    expect(result.applied.map((m) => m.name)).toEqual(['1_create_notes.sql', '2_seed_notes.sql', '10_add_column.sql']);
    expect(seen).toEqual(result.applied.map((m) => m.name));
    expect(result.alreadyApplied).toBe(0);

    const { rows } = await test.db.query<{ version: number; name: string; checksum: string; duration_ms: number; applied_at: Date }>(
      'select * from public.schema_migrations order by version',
    );
    expect(rows.map((row) => row.version)).toEqual([1, 2, 10]);
    expect(rows[0]!.checksum).toBe(createHash('sha256').update(baseFixture['1_create_notes.sql']).digest('hex'));
    expect(rows.every((row) => row.duration_ms >= 0 && row.applied_at instanceof Date)).toBe(true);
    expect((await test.db.query('select body, tags from app.notes order by id')).rows).toEqual([
      { body: 'first', tags: [] },
      { body: 'second', tags: [] },
    ]);
  });

  it('is a no-op on a second run, and then applies only a new file', async () => {
    const dir = fixtureDir(baseFixture);
    await migrateUp(test.db, { dir });
    expect(await migrateUp(test.db, { dir })).toEqual({ applied: [], alreadyApplied: 3 });

    writeFileSync(join(dir, '11_more.sql'), "insert into app.notes (body) values ('third');");
    const third = await migrateUp(test.db, { dir });
    expect(third.applied.map((m) => m.version)).toEqual([11]);
    expect(third.alreadyApplied).toBe(3);
    expect((await test.db.query('select * from app.notes')).rowCount).toBe(3);
  });

  it('rolls back a failing file whole, keeps earlier ones, and names the file and line', async () => {
    const dir = fixtureDir({
      ...baseFixture,
      '3_broken.sql': 'create table app.half_done (id int);\n\nselect * from app.no_such_table;\n',
    });
    const error = await migrateUp(test.db, { dir }).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: '42P01', message: expect.stringMatching(/^3_broken\.sql:3: /) });
    const applied = await test.db.query<{ version: number }>('select version from public.schema_migrations order by version');
    expect(applied.rows.map((row) => row.version)).toEqual([1, 2]);
    expect((await test.db.query("select to_regclass('app.half_done') as t")).rows).toEqual([{ t: null }]);
  });

  it('refuses to run when an applied file was edited, naming the file and the fix', async () => {
    const dir = fixtureDir(baseFixture);
    await migrateUp(test.db, { dir });
    writeFileSync(join(dir, '2_seed_notes.sql'), "insert into app.notes (body) values ('edited');");
    writeFileSync(join(dir, '12_pending.sql'), 'create table app.never (id int);');

    const error = await migrateUp(test.db, { dir }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(MigrationChecksumError);
    expect((error as Error).message).toContain(join(dir, '2_seed_notes.sql'));
    expect((error as Error).message).toMatch(/Restore .*2_seed_notes\.sql to the applied version, or add a new migration 13_<describe_change>\.sql/);
    // Nothing else ran: the pending file waits until history is consistent again.
    expect((await test.db.query("select to_regclass('app.never') as t")).rows).toEqual([{ t: null }]);
  });

  it('treats CRLF line endings as the same file', async () => {
    const dir = fixtureDir(baseFixture);
    await migrateUp(test.db, { dir });
    writeFileSync(join(dir, '1_create_notes.sql'), baseFixture['1_create_notes.sql'].replace(/\n/g, '\r\n'));
    expect((await migrateUp(test.db, { dir })).applied).toEqual([]);
  });

  it('refuses to run when an applied file is missing', async () => {
    const dir = fixtureDir(baseFixture);
    await migrateUp(test.db, { dir });
    unlinkSync(join(dir, '2_seed_notes.sql'));
    const error = await migrateUp(test.db, { dir }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(MigrationMissingError);
    expect((error as Error).message).toMatch(/2_seed_notes\.sql \(version 2\) is applied .* but is missing/);
  });

  it('reports applied, pending, changed and missing in status', async () => {
    const dir = fixtureDir(baseFixture);
    expect((await migrationStatus(test.db, { dir })).map((row) => row.state)).toEqual(['pending', 'pending', 'pending']);
    await migrateUp(test.db, { dir });
    writeFileSync(join(dir, '1_create_notes.sql'), '-- edited\n');
    unlinkSync(join(dir, '2_seed_notes.sql'));
    writeFileSync(join(dir, '20_later.sql'), 'select 1;');

    const status = await migrationStatus(test.db, { dir });
    expect(status.map(({ version, name, state }) => ({ version, name, state }))).toEqual([
      { version: 1, name: '1_create_notes.sql', state: 'changed' },
      { version: 2, name: '2_seed_notes.sql', state: 'missing' },
      { version: 10, name: '10_add_column.sql', state: 'applied' },
      { version: 20, name: '20_later.sql', state: 'pending' },
    ]);
    expect(status[2]!.applied_at).toBeInstanceOf(Date);
    expect(status[3]).toMatchObject({ applied_at: null, duration_ms: null });
  });

  it('applies each file exactly once when two runners start together', async () => {
    const dir = fixtureDir({
      '1_slow.sql': 'create table runs (n int); select pg_sleep(0.3);',
      '2_count.sql': 'insert into runs values (2);',
    });
    // Two Database objects: on PostgreSQL two pools contend for the advisory lock.
    const second = kind === 'postgres' ? await openDatabase({ url: test.url }) : test.db;
    try {
      const results = await Promise.all([migrateUp(test.db, { dir }), migrateUp(second, { dir })]);
      expect(results.flatMap((r) => r.applied.map((m) => m.version)).sort()).toEqual([1, 2]);
      expect((await test.db.query('select n from runs')).rows).toEqual([{ n: 2 }]);
    } finally {
      if (second !== test.db) await second.close();
    }
  });
});

describe('migration files', () => {
  it('rejects two files with one version and a badly named .sql file', async () => {
    await expect(readMigrationFiles(fixtureDir({ '1_a.sql': '', '01_b.sql': '' }))).rejects.toThrow(/share version 1/);
    await expect(readMigrationFiles(fixtureDir({ 'setup.sql': '' }))).rejects.toThrow(/named NN_name\.sql/);
  });

  it('finds the repo migrations dir from source, or FLATRENDER_MIGRATIONS_DIR', () => {
    expect(defaultMigrationsDir({})).toBe(fileURLToPath(new URL('../../../../migrations', import.meta.url)));
    expect(defaultMigrationsDir({ FLATRENDER_MIGRATIONS_DIR: '/elsewhere' })).toBe('/elsewhere');
  });
});

const realDir = defaultMigrationsDir({});
const realFiles = existsSync(realDir) ? readdirSync(realDir).filter((name) => name.endsWith('.sql')) : [];

describe.runIf(realFiles.length > 0)('the repo migrations', () => {
  it.each(testBackends)('%s: apply from empty, then re-run as a no-op with every file applied', async (kind) => {
    const test = await createTestDatabase(kind, { migrate: false });
    try {
      const first = await migrateUp(test.db, { dir: realDir });
      expect(first.applied).toHaveLength(realFiles.length);
      expect(await migrateUp(test.db, { dir: realDir })).toEqual({ applied: [], alreadyApplied: realFiles.length });
      const status = await migrationStatus(test.db, { dir: realDir });
      expect(status.filter((row) => row.state !== 'applied')).toEqual([]);
    } finally {
      await test.drop();
    }
  });
});
