import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateManifest } from '@flatrender/templates';
import { seedTemplateCatalog } from '../src/seed/seed-catalog';
import { createTestDatabase, type TestDatabase, testBackends } from '../../../test/support/test-database';

const manifest = templateManifest();

describe.each(testBackends)('seed on %s', (kind) => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
  }, 300_000);
  afterAll(() => test?.drop());

  it('upserts every template as a Remotion project with its variants, scene and colour slots', async () => {
    const first = await test.db.transaction((tx) => seedTemplateCatalog(tx, manifest));
    expect(first.projects).toEqual({ created: manifest.length, updated: 0 });
    expect(first.variants).toBe(manifest.length * 3);

    const { rows } = await test.db.query<{ template_key: string; render_engine: string; render_remotion_comp: string; version: number; variants: number; slots: number }>(
      `SELECT p.template_key, p.render_engine, p.render_remotion_comp, p.version,
              (SELECT count(*)::int FROM content.project_variants v WHERE v.project_id = p.id AND v.remotion_composition_id LIKE p.template_key || '-%') AS variants,
              (SELECT count(*)::int FROM content.project_color_slots s WHERE s.project_id = p.id) AS slots
         FROM content.projects p ORDER BY p.sort_order`,
    );
    expect(rows.map((row) => row.template_key)).toEqual(manifest.map((entry) => entry.id));
    for (const row of rows) {
      expect(row).toMatchObject({ render_engine: 'remotion', render_remotion_comp: `${row.template_key}-16x9`, version: 1, variants: 3, slots: 5 });
    }
  });

  it('is idempotent, and bumps the version only when the bindings contract changes', async () => {
    const again = await test.db.transaction((tx) => seedTemplateCatalog(tx, manifest));
    expect(again.projects).toEqual({ created: 0, updated: manifest.length });
    const count = async (table: string) => (await test.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]?.n;
    expect(await count('content.projects')).toBe(manifest.length);
    expect(await count('content.project_variants')).toBe(manifest.length * 3);
    expect(await count('content.scenes')).toBe(manifest.length);

    const [first, ...rest] = manifest;
    const changed = { ...first!, defaults: { ...first!.defaults, extra: 1 } };
    await test.db.transaction((tx) => seedTemplateCatalog(tx, [changed, ...rest]));
    const versions = await test.db.query<{ template_key: string; version: number }>(`SELECT template_key, version FROM content.projects WHERE version > 1`);
    expect(versions.rows).toEqual([{ template_key: first!.id, version: 2 }]);
  });
});
