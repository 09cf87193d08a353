import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Database, Queryable } from '@flatrender/server';
import { PLATFORM_TENANT } from '@flatrender/server';
import { ASPECT_IDS, ASPECTS, prepareRender, RemotionEngine, RenderSession, type Aspect, type TemplateManifestEntry } from '@flatrender/templates';

/** Covers are half-size stills of the preview frame; preview videos are the first seconds at 480p. */
const COVER_SCALE = 0.5;
export const PREVIEW_SECONDS = 3;

/**
 * Where the local storage backend keeps an object. The file service owns the real layout;
 * until it exists, objects live under FLATRENDER_HOME/files/<storage_key>.
 */
export function localObjectPath(home: string, storageKey: string): string {
  return join(resolve(home), 'files', storageKey);
}

interface StoredObject {
  storageKey: string;
  name: string;
  mimeType: string;
  bytes: Buffer;
  width: number;
  height: number;
  durationMs?: number;
}

async function upsertFile(tx: Queryable, object: StoredObject): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO file_mgr.files (tenant_id, name, mime_type, size_bytes, sha256, storage_key, kind, visibility, width, height, duration_ms)
     VALUES ($1, $2, $3, $4, $5, $6, 'preview', 'public', $7, $8, $9)
     ON CONFLICT (storage_key) DO UPDATE SET size_bytes = EXCLUDED.size_bytes, sha256 = EXCLUDED.sha256, width = EXCLUDED.width,
       height = EXCLUDED.height, duration_ms = EXCLUDED.duration_ms, updated_at = now(), deleted_at = NULL
     RETURNING id`,
    [PLATFORM_TENANT, object.name, object.mimeType, object.bytes.length, createHash('sha256').update(object.bytes).digest('hex'),
      object.storageKey, object.width, object.height, object.durationMs ?? null],
  );
  return rows[0]!.id;
}

/** Stores both objects and links them from the variant row (and the project row for 16:9). */
async function linkPreviews(db: Database, home: string, entry: TemplateManifestEntry, aspect: Aspect, cover: StoredObject, video: StoredObject): Promise<void> {
  for (const object of [cover, video]) {
    const path = localObjectPath(home, object.storageKey);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, object.bytes);
  }
  await db.transaction(async (tx) => {
    // Catalogue rows are the platform's: with row-level security forced, say so explicitly.
    await tx.query("select set_config('app.scope', 'platform', true)");
    const coverId = await upsertFile(tx, cover);
    const videoId = await upsertFile(tx, video);
    const { rowCount } = await tx.query(
      `UPDATE content.project_variants v SET cover_file_id = $3, preview_video_file_id = $4, updated_at = now()
         FROM content.projects p
        WHERE p.tenant_id = $1 AND p.template_key = $2 AND v.tenant_id = p.tenant_id AND v.project_id = p.id AND v.aspect = $5`,
      [PLATFORM_TENANT, entry.id, coverId, videoId, aspect],
    );
    if (rowCount !== 1) throw new Error(`seed --previews: no ${aspect} variant row for ${entry.id}; run \`flatrender seed\` first`);
    if (aspect === '16:9') {
      await tx.query(`UPDATE content.projects SET cover_file_id = $3, preview_video_file_id = $4 WHERE tenant_id = $1 AND template_key = $2`, [
        PLATFORM_TENANT, entry.id, coverId, videoId,
      ]);
    }
  });
}

export interface PreviewProgress {
  template: string;
  aspect: Aspect;
  milliseconds: number;
}

/**
 * `seed --previews`: per template and aspect, a cover still and a short 480p preview video
 * into the file store, linked from the catalogue rows. One browser and bundle for all.
 */
export async function seedPreviews(
  db: Database,
  manifest: readonly TemplateManifestEntry[],
  options: { home: string; onPreview?: (progress: PreviewProgress) => void },
): Promise<{ covers: number; preview_videos: number }> {
  const session = await RenderSession.open();
  const engine = new RemotionEngine({ session });
  const workDir = join(resolve(options.home), 'cache', 'previews');
  let count = 0;
  try {
    for (const entry of manifest) {
      for (const aspect of ASPECT_IDS) {
        const started = performance.now();
        const render = await prepareRender(entry.id, aspect, {});
        const png = await session.still(render, entry.preview_frame, { scale: COVER_SCALE });
        const suffix = ASPECTS[aspect].suffix;
        const frames = Math.min(render.composition.durationInFrames, PREVIEW_SECONDS * render.composition.fps);
        const videoPath = join(workDir, `${entry.id}-${suffix}.mp4`);
        const video = await engine.render({ template: entry.id, aspect, quality: '480p', bindings: {}, frameRange: [0, frames - 1], out: videoPath });
        await linkPreviews(
          db,
          options.home,
          entry,
          aspect,
          { storageKey: `template-previews/${entry.id}/${suffix}.png`, name: `${entry.id}-${suffix}.png`, mimeType: 'image/png', bytes: png,
            width: Math.round(render.composition.width * COVER_SCALE), height: Math.round(render.composition.height * COVER_SCALE) },
          { storageKey: `template-previews/${entry.id}/${suffix}.mp4`, name: `${entry.id}-${suffix}.mp4`, mimeType: 'video/mp4', bytes: await readFile(videoPath),
            width: video.width, height: video.height, durationMs: Math.round(video.durationSeconds * 1000) },
        );
        count++;
        options.onPreview?.({ template: entry.id, aspect, milliseconds: Math.round(performance.now() - started) });
      }
    }
    return { covers: count, preview_videos: count };
  } finally {
    await engine.dispose();
    await session.dispose();
  }
}
