import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Database } from '@flatrender/server';
import { prepareRender, RenderSession, type TemplateManifestEntry } from '@flatrender/templates';
import { PLATFORM_TENANT } from './catalog-rows';

/** Covers are half-size 16:9 stills of each template's preview frame. */
const COVER_SCALE = 0.5;

/**
 * Where the local storage backend keeps an object. The file service owns the real layout;
 * until it exists, objects live under FLATRENDER_HOME/files/<storage_key>.
 */
export function localObjectPath(home: string, storageKey: string): string {
  return join(resolve(home), 'files', storageKey);
}

async function upsertCoverFile(db: Database, entry: TemplateManifestEntry, storageKey: string, png: Buffer, width: number, height: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO file_mgr.files (tenant_id, name, mime_type, size_bytes, sha256, storage_key, kind, visibility, width, height)
       VALUES ($1, $2, 'image/png', $3, $4, $5, 'preview', 'public', $6, $7)
       ON CONFLICT (storage_key) DO UPDATE SET size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256,
         width = EXCLUDED.width, height = EXCLUDED.height, deleted_at = NULL
       RETURNING id`,
      [PLATFORM_TENANT, `${entry.id}.png`, png.length, createHash('sha256').update(png).digest('hex'), storageKey, width, height],
    );
    await tx.query(`UPDATE content.projects SET cover_file_id = $3 WHERE tenant_id = $1 AND template_key = $2`, [PLATFORM_TENANT, entry.id, rows[0]!.id]);
  });
}

/** `seed --previews`: renders every template's cover with one browser and links it to its project. */
export async function seedCovers(
  db: Database,
  manifest: readonly TemplateManifestEntry[],
  options: { home: string; onCover?: (id: string, milliseconds: number) => void },
): Promise<{ covers: number }> {
  const session = await RenderSession.open();
  try {
    for (const entry of manifest) {
      const started = performance.now();
      const render = await prepareRender(entry.id, '16:9', {});
      const png = await session.still(render, entry.preview_frame, { scale: COVER_SCALE });
      const storageKey = `template-covers/${entry.id}.png`;
      const path = localObjectPath(options.home, storageKey);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, png);
      const { width, height } = entry.aspects['16:9'];
      await upsertCoverFile(db, entry, storageKey, png, Math.round(width * COVER_SCALE), Math.round(height * COVER_SCALE));
      options.onCover?.(entry.id, Math.round(performance.now() - started));
    }
    return { covers: manifest.length };
  } finally {
    await session.dispose();
  }
}
