import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inPlatform } from '@flatrender/server/api/support/scopes';
import { testBackends } from '../../../../test/support/test-database';
import { createTenantWithKey } from './support/fixtures';
import { type ApiHarness, startApi } from './support/harness';

const filesDir = mkdtempSync(join(tmpdir(), 'flatrender-files-'));

describe.each(testBackends)('public files on %s', (kind) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(kind, { filesDir });
  });
  afterAll(async () => {
    await api?.close();
  });

  async function storeFile(storageKey: string, bytes: Buffer, visibility: 'public' | 'private'): Promise<string> {
    mkdirSync(join(filesDir, storageKey, '..'), { recursive: true });
    writeFileSync(join(filesDir, storageKey), bytes);
    return inPlatform(api.test.db, async (tx) =>
      (await tx.query<{ id: string }>(
        `insert into file_mgr.files (tenant_id, name, mime_type, size_bytes, sha256, storage_key, kind, visibility)
         values ('00000000-0000-0000-0000-000000000001', 'cover.png', 'image/png', $1, $2, $3, 'preview', $4) returning id`,
        [bytes.length, createHash('sha256').update(bytes).digest('hex'), storageKey, visibility],
      )).rows[0]!.id,
    );
  }

  it('serves a template cover linked from the catalogue, and nothing private', async () => {
    const bytes = Buffer.from(`cover bytes ${kind}`);
    const coverId = await storeFile(`template-previews/${kind}/LogoMotion-1x1.png`, bytes, 'public');
    await inPlatform(api.test.db, (tx) =>
      tx.query(
        `update content.project_variants v set cover_file_id = $1 from content.projects p
          where p.template_key = 'LogoMotion' and v.project_id = p.id and v.aspect = '1:1'`,
        [coverId],
      ),
    );
    const tenant = await createTenantWithKey(api);
    const template = await api.call('GET', '/v1/templates/LogoMotion', { key: tenant.key });
    const url = template.body.aspects['1:1'].cover_url as string;
    expect(url).toBe(`/v1/files/${coverId}/content`);

    // Catalogue pages load covers without an API key.
    const response = await fetch(`${api.baseUrl}${url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
    const etag = response.headers.get('etag')!;
    expect((await fetch(`${api.baseUrl}${url}`, { headers: { 'if-none-match': etag } })).status).toBe(304);

    const privateId = await storeFile(`uploads/${kind}/secret.png`, Buffer.from('secret'), 'private');
    expect((await api.call('GET', `/v1/files/${privateId}/content`)).status).toBe(404);
    expect((await api.call('GET', `/v1/files/${randomUUID()}/content`)).status).toBe(404);
    expect((await api.call('GET', '/v1/files/not-a-uuid/content')).body.error).toMatchObject({ code: 'invalid_request', param: 'id' });
  });
});
