import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodePng, pixelStats, probeMedia, templateManifest } from '@flatrender/templates';
import { localObjectPath, PREVIEW_SECONDS } from '../src/seed/seed-previews';
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

// Rendering is the same on both databases; the linking SQL runs under forced RLS on both,
// but one backend keeps CI time down.
describe('flatrender seed --previews', () => {
  it('renders a cover and a 480p preview video per aspect and links them from the variant rows', { timeout: 900_000 }, async () => {
    const database = await createCliDatabase('pglite');
    try {
      expect((await runCli(['migrate', 'up'], database.env)).code).toBe(0);
      const bad = await runCli(['seed', '--previews', 'LogoMotoin'], database.env);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--previews: unknown template "LogoMotoin"; did you mean "LogoMotion"\?/);

      const { code, stdout, stderr } = await runCli(['seed', '--previews', 'LogoMotion', '--json'], database.env);
      expect(code, stderr).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ covers: 3, preview_videos: 3 });

      const db = await database.open();
      const rows = await (async () => {
        try {
          await db.query("select set_config('app.scope', 'platform', false)");
          return (await db.query<{ aspect: string; cover_key: string; cover_w: number; video_key: string; video_w: number; video_h: number; project_cover: boolean }>(
            `SELECT v.aspect, c.storage_key AS cover_key, c.width AS cover_w, m.storage_key AS video_key, m.width AS video_w, m.height AS video_h,
                    (p.cover_file_id = v.cover_file_id) AS project_cover
               FROM content.projects p JOIN content.project_variants v ON v.project_id = p.id
               JOIN file_mgr.files c ON c.id = v.cover_file_id JOIN file_mgr.files m ON m.id = v.preview_video_file_id
              WHERE p.template_key = 'LogoMotion' ORDER BY v.aspect`,
          )).rows;
        } finally {
          await db.close();
        }
      })();
      expect(rows.map((row) => [row.aspect, row.cover_w, row.video_w, row.video_h, row.project_cover])).toEqual([
        ['16:9', 960, 854, 480, true],
        ['1:1', 540, 480, 480, false],
        ['9:16', 540, 480, 854, false],
      ]);
      for (const row of rows) {
        const video = await probeMedia(localObjectPath(database.env.FLATRENDER_HOME!, row.video_key));
        expect(video.frames).toBe(PREVIEW_SECONDS * 30);
        const cover = decodePng(readFileSync(localObjectPath(database.env.FLATRENDER_HOME!, row.cover_key)));
        expect(pixelStats(cover).stddev).toBeGreaterThan(2);
      }
    } finally {
      await database.drop();
    }
  });
});
