import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateManifest } from '@flatrender/templates';
import { createCliDatabase, type CliDatabase } from '../../../test/support/cli-database';
import { testBackends } from '../../../test/support/test-database';
import { runCli } from '../../../test/support/cli';

const TABLES = [
  'content.categories',
  'content.tags',
  'content.projects',
  'content.project_tags',
  'content.project_variants',
  'content.scenes',
  'content.project_color_slots',
];

describe.each(testBackends)('flatrender seed on %s', (kind) => {
  let database: CliDatabase;

  beforeAll(async () => {
    database = await createCliDatabase(kind);
  }, 120_000);
  afterAll(() => database?.drop());

  async function rowCounts(): Promise<Record<string, number>> {
    const db = await database.open();
    try {
      const counts: Record<string, number> = {};
      for (const table of TABLES) counts[table] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
      return counts;
    } finally {
      await db.close();
    }
  }

  it('refuses an unmigrated database and says what to run', { timeout: 120_000 }, async () => {
    const { code, stderr } = await runCli(['seed'], database.env);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not fully migrated .*run `flatrender migrate up` first/);
  });

  it('twice gives the same rows: every template with its three aspects, as Remotion projects', { timeout: 300_000 }, async () => {
    expect((await runCli(['migrate', 'up'], database.env)).code).toBe(0);
    const manifest = templateManifest();

    const first = await runCli(['seed', '--json'], database.env);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ projects: { created: manifest.length, updated: 0 }, variants: manifest.length * 3 });
    const afterFirst = await rowCounts();

    const second = await runCli(['seed', '--json'], database.env);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ projects: { created: 0, updated: manifest.length } });
    expect(await rowCounts()).toEqual(afterFirst);
    expect(afterFirst['content.projects']).toBe(manifest.length);
    expect(afterFirst['content.project_variants']).toBe(manifest.length * 3);

    const db = await database.open();
    try {
      const { rows } = await db.query<{ template_key: string; render_engine: string; compositions: string[] }>(
        `SELECT p.template_key, p.render_engine,
                array_agg(v.remotion_composition_id ORDER BY v.remotion_composition_id) AS compositions
           FROM content.projects p JOIN content.project_variants v ON v.project_id = p.id
          GROUP BY p.template_key, p.render_engine ORDER BY p.template_key`,
      );
      expect(rows.map((row) => row.template_key)).toEqual(manifest.map((entry) => entry.id).sort());
      for (const row of rows) {
        expect(row.render_engine).toBe('remotion');
        expect(row.compositions).toEqual([`${row.template_key}-16x9`, `${row.template_key}-1x1`, `${row.template_key}-9x16`]);
      }
    } finally {
      await db.close();
    }
  });
});
