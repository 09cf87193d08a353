import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { z } from 'zod';
import type { ApiApp, RouteDeps } from '../app-types';
import { notFound } from '../http/api-error';
import { inPlatform } from '../support/scopes';

const FileParams = z.strictObject({ id: z.uuid() });

/**
 * GET /v1/files/{id}/content for public files: the template covers and preview videos that
 * `flatrender seed --previews` stores, which catalogue pages show without an API key. Private
 * files (uploads, render outputs) are the file service's and answer 404 here.
 */
export function fileRoutes(app: ApiApp, { db, options }: RouteDeps): void {
  const root = resolve(options.filesDir);
  app.get('/v1/files/:id/content', {
    config: { access: { access: 'public' } },
    schema: { tags: ['files'], summary: 'Download a public file (template covers and previews)', params: FileParams },
  }, async (request, reply) => {
    const file = await inPlatform(db, async (tx) =>
      (await tx.query<{ storage_key: string; mime_type: string; size_bytes: string; sha256: string }>(
        `select storage_key, mime_type, size_bytes::text, sha256 from file_mgr.files
          where id = $1 and visibility = 'public' and deleted_at is null`,
        [request.params.id],
      )).rows[0],
    );
    if (!file) throw notFound('file');
    const path = resolve(root, file.storage_key);
    // A storage key is data: never let one escape the storage root.
    if (!path.startsWith(root + sep)) throw notFound('file');
    const exists = await stat(path).then((info) => info.isFile(), () => false);
    if (!exists) throw notFound('file');
    const etag = `"${file.sha256}"`;
    reply.header('etag', etag).header('cache-control', 'public, max-age=3600');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type(file.mime_type).header('content-length', file.size_bytes).send(createReadStream(path));
  });
}
